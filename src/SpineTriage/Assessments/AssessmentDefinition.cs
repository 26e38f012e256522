using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>One assessment workflow with its <c>Properties.spinetriage</c> settings and each rule's annotations, read once at load.</summary>
internal sealed class AssessmentDefinition
{
    private VerdictPrecedence? _precedence;

    /// <summary>The settings read from the workflow's <c>Properties.spinetriage</c> (checked before compilation).</summary>
    public required AssessmentSettings Settings { get; init; }

    public required Workflow Workflow { get; init; }

    public string Assessment => Settings.Assessment;

    public string Title => Settings.Title;

    /// <summary>The place in the report (<c>order</c>, ascending); <see cref="int.MaxValue"/> when not given.</summary>
    public int Order => Settings.Order;

    /// <summary>The verdicts, most precedent first.</summary>
    public IReadOnlyList<string> Verdicts => Settings.Verdicts;

    public string DefaultVerdict => Settings.DefaultVerdict;

    public string DefaultReason => Settings.DefaultReason;

    /// <summary>Next steps per verdict (including <c>Incomplete</c>), by verdict name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NextSteps => Settings.NextSteps;

    /// <summary>The annotations of <see cref="Workflow.Rules"/>, index for index.</summary>
    public required IReadOnlyList<RuleAnnotations> Annotations { get; init; }

    /// <summary>Each top-level rule's verdict when its <c>SuccessEvent</c> is one of <see cref="Verdicts"/>, else null; index for index.</summary>
    public required IReadOnlyList<string?> RuleVerdicts { get; init; }

    /// <summary>For each of <see cref="Verdicts"/>, index for index, the indexes of the rules that vote for it (so resolution reads outcome bytes only).</summary>
    public required int[][] VerdictRules { get; init; }

    /// <summary>Gets the verdict rules under the assessment's precedence, as exact reasoning about missing data reads them (built on first use).</summary>
    public VerdictPrecedence Precedence => _precedence ??= new VerdictPrecedence(Workflow, Verdicts, DefaultVerdict, RuleVerdicts, Configuration.CaseInputs.All);

    /// <summary>The indexes of the rules voting for each verdict, from each rule's verdict (null when none).</summary>
    public static int[][] IndexVerdictRules(IReadOnlyList<string> verdicts, IReadOnlyList<string?> ruleVerdicts)
    {
        var verdictRules = new int[verdicts.Count][];
        for (var v = 0; v < verdictRules.Length; v++)
        {
            var rules = new List<int>();
            for (var i = 0; i < ruleVerdicts.Count; i++)
            {
                if (ruleVerdicts[i] == verdicts[v])
                {
                    rules.Add(i);
                }
            }

            verdictRules[v] = [.. rules];
        }

        return verdictRules;
    }
}
