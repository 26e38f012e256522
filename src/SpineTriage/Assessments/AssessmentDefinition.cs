using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>One assessment workflow with its <c>Properties.spinetriage</c> settings and each rule's annotations, read once at load.</summary>
internal sealed class AssessmentDefinition
{
    private IReadOnlyList<string>? _absenceTested;
    private int[]? _verdictIndexOfRule;
    private Exact.CasePathProbe[][]? _interplay;
    private Dictionary<string, int[]>? _absenceTesters;

    /// <summary>The settings read from the workflow's <c>Properties.spinetriage</c> (checked before compilation).</summary>
    public required AssessmentSettings Settings { get; init; }

    public required CompiledWorkflow Workflow { get; init; }

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

    /// <summary>The annotations of <see cref="CompiledWorkflow.Rules"/>, index for index.</summary>
    public required IReadOnlyList<RuleAnnotations> Annotations { get; init; }

    /// <summary>Each top-level rule's verdict when its <c>SuccessEvent</c> is one of <see cref="Verdicts"/>, else null; index for index.</summary>
    public required IReadOnlyList<string?> RuleVerdicts { get; init; }

    /// <summary>For each of <see cref="Verdicts"/>, index for index, the indexes of the rules that vote for it (so resolution reads outcome bytes only).</summary>
    public required int[][] VerdictRules { get; init; }

    /// <summary>Gets, for each top-level rule (index for index), the index in <see cref="Verdicts"/> of the verdict it votes for; -1 when none.</summary>
    public int[] VerdictIndexOfRule => _verdictIndexOfRule ??= MakeVerdictIndexOfRule();

    /// <summary>Gets the input path patterns the verdict rules' absence tests read (<c>imaging.Levels[].DiscHeightPercent</c>).</summary>
    public IReadOnlyList<string> AbsenceTestedPaths => _absenceTested ??=
        [.. Workflow.Rules.Where((_, i) => RuleVerdicts[i] is not null).SelectMany(rule => rule.AbsenceTestedPaths).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Gets, for each top-level rule (index for index), probes for the absence-tested inputs (tested by any verdict
    /// rule) that the rule reads for their value, or reads a member of: when such a rule is Unknown and one of them is
    /// missing, filling in missing data can change a rule that per-rule logic decided.
    /// </summary>
    public Exact.CasePathProbe[][] InterplayProbes => _interplay ??= MakeInterplayProbes();

    /// <summary>
    /// Gets, for each path pattern a verdict rule's absence test reads (<c>imaging.Levels[].DiscHeightPercent</c>), the
    /// indexes of the verdict rules that test it, ascending.
    /// </summary>
    /// <remarks>
    /// Exact reasoning looks up the rules to work out again for the inputs it fills in here, instead of matching every
    /// verdict rule's patterns against every such input (shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly:
    /// that matching was 5 % of a verdicts-only evaluation's time in a perf profile of the cases near the median).
    /// </remarks>
    public IReadOnlyDictionary<string, int[]> AbsenceTesters => _absenceTesters ??= MakeAbsenceTesters();

    private Dictionary<string, int[]> MakeAbsenceTesters()
    {
        var testers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < RuleVerdicts.Count; i++)
        {
            if (RuleVerdicts[i] is null)
            {
                continue;
            }

            foreach (var pattern in Workflow.Rules[i].AbsenceTestedPaths)
            {
                if (!testers.TryGetValue(pattern, out var rules))
                {
                    testers[pattern] = rules = [];
                }

                if (rules.Count == 0 || rules[^1] != i)
                {
                    rules.Add(i);
                }
            }
        }

        return testers.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
    }

    private int[] MakeVerdictIndexOfRule()
    {
        var verdictIndex = new int[RuleVerdicts.Count];
        Array.Fill(verdictIndex, -1);
        for (var v = 0; v < VerdictRules.Length; v++)
        {
            foreach (var rule in VerdictRules[v])
            {
                verdictIndex[rule] = v;
            }
        }

        return verdictIndex;
    }

    private Exact.CasePathProbe[][] MakeInterplayProbes()
    {
        var probes = new Dictionary<string, Exact.CasePathProbe>(StringComparer.Ordinal);
        var inputs = Configuration.CaseInputs.All;
        var perRule = new Exact.CasePathProbe[Workflow.Rules.Count][];
        for (var i = 0; i < perRule.Length; i++)
        {
            var read = RuleVerdicts[i] is null ? [] : Workflow.Rules[i].ValueReadPaths;
            perRule[i] = [.. AbsenceTestedPaths
                .Where(tested => read.Any(path => path.StartsWith(tested, StringComparison.Ordinal) && (path.Length == tested.Length || path[tested.Length] is '.' or '[')))
                .Select(tested => probes.TryGetValue(tested, out var probe) ? probe : probes[tested] = Exact.CasePathProbe.Create(tested, inputs))];
        }

        return perRule;
    }

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
