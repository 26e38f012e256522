using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>One assessment workflow with its <c>Properties.spinetriage</c> settings and each rule's annotations, read once at load.</summary>
internal sealed class AssessmentDefinition
{
    public required CompiledWorkflow Workflow { get; init; }

    public required string Assessment { get; init; }

    public required string Title { get; init; }

    /// <summary>The place in the report (<c>order</c>, ascending); <see cref="int.MaxValue"/> when not given.</summary>
    public required int Order { get; init; }

    /// <summary>The verdicts, most precedent first.</summary>
    public required IReadOnlyList<string> Verdicts { get; init; }

    public required string DefaultVerdict { get; init; }

    public required string DefaultReason { get; init; }

    /// <summary>Next steps per verdict (including <c>Incomplete</c>), by verdict name.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> NextSteps { get; init; }

    /// <summary>The annotations of <see cref="CompiledWorkflow.Rules"/>, index for index.</summary>
    public required IReadOnlyList<RuleAnnotations> Annotations { get; init; }

    /// <summary>Each top-level rule's verdict when its <c>SuccessEvent</c> is one of <see cref="Verdicts"/>, else null; index for index.</summary>
    public required IReadOnlyList<string?> RuleVerdicts { get; init; }

    /// <summary>For each of <see cref="Verdicts"/>, index for index, the indexes of the rules that vote for it (so resolution reads outcome bytes only).</summary>
    public required int[][] VerdictRules { get; init; }

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
