using SpineTriage.Rules.Analysis.Precedence;

namespace SpineTriage.Rules;

/// <summary>
/// A workflow's top-level rules read as votes for verdicts under a precedence (the DMN "priority" hit policy with
/// Unknown): the verdicts most precedent first, each rule voting for the verdict its <c>SuccessEvent</c> names or for
/// none, and a default verdict when no voting rule is Met. <see cref="Resolve"/> works out, for one evaluation with
/// missing inputs, the verdicts that some completion of the missing inputs gives (DESIGN §5, "Exact uncertainty").
/// </summary>
public sealed class VerdictPrecedence
{
    private readonly IReadOnlyList<RuleInput> _inputs;
    private IReadOnlyList<string>? _absenceTested;
    private int[]? _verdictIndexOfRule;
    private InputPathProbe[][]? _interplay;
    private Dictionary<string, int[]>? _absenceTesters;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="workflow">The workflow whose top-level rules vote.</param>
    /// <param name="verdicts">The verdicts, most precedent first.</param>
    /// <param name="defaultVerdict">The verdict when no voting rule is Met (it may also be one of <paramref name="verdicts"/>).</param>
    /// <param name="ruleVerdicts">For each top-level rule of <paramref name="workflow"/>, index for index, the verdict it votes for, or null.</param>
    /// <param name="inputs">The workflow's inputs, as the rule set was loaded with them.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleVerdicts"/> does not have one entry per top-level rule, or names a verdict not in <paramref name="verdicts"/>.</exception>
    public VerdictPrecedence(Workflow workflow, IReadOnlyList<string> verdicts, string defaultVerdict, IReadOnlyList<string?> ruleVerdicts, IReadOnlyList<RuleInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(defaultVerdict);
        ArgumentNullException.ThrowIfNull(ruleVerdicts);
        ArgumentNullException.ThrowIfNull(inputs);
        if (ruleVerdicts.Count != workflow.Rules.Count)
        {
            throw new ArgumentException($"ruleVerdicts has {ruleVerdicts.Count} entries; workflow '{workflow.Name}' has {workflow.Rules.Count} top-level rules.", nameof(ruleVerdicts));
        }

        if (ruleVerdicts.FirstOrDefault(verdict => verdict is not null && !verdicts.Contains(verdict)) is { } unknown)
        {
            throw new ArgumentException($"ruleVerdicts names '{unknown}', which is not one of the verdicts.", nameof(ruleVerdicts));
        }

        Workflow = workflow;
        Verdicts = verdicts;
        DefaultVerdict = defaultVerdict;
        RuleVerdicts = ruleVerdicts;
        _inputs = inputs;
        VerdictRules = new int[verdicts.Count][];
        for (var v = 0; v < VerdictRules.Length; v++)
        {
            var rules = new List<int>();
            for (var i = 0; i < ruleVerdicts.Count; i++)
            {
                if (ruleVerdicts[i] == verdicts[v])
                {
                    rules.Add(i);
                }
            }

            VerdictRules[v] = [.. rules];
        }
    }

    /// <summary>Gets the workflow whose top-level rules vote.</summary>
    public Workflow Workflow { get; }

    /// <summary>Gets the verdicts, most precedent first.</summary>
    public IReadOnlyList<string> Verdicts { get; }

    /// <summary>Gets the verdict when no voting rule is Met.</summary>
    public string DefaultVerdict { get; }

    /// <summary>Gets, for each top-level rule, index for index, the verdict it votes for, or null.</summary>
    public IReadOnlyList<string?> RuleVerdicts { get; }

    /// <summary>Gets, for each of <see cref="Verdicts"/>, index for index, the indexes of the rules that vote for it, ascending.</summary>
    internal int[][] VerdictRules { get; }

    /// <summary>Gets, for each top-level rule (index for index), the index in <see cref="Verdicts"/> of the verdict it votes for; -1 when none.</summary>
    internal int[] VerdictIndexOfRule => _verdictIndexOfRule ??= MakeVerdictIndexOfRule();

    /// <summary>Gets the input path patterns the voting rules' absence tests read (<c>order.Lines[].Quantity</c>).</summary>
    internal IReadOnlyList<string> AbsenceTestedPaths => _absenceTested ??=
        [.. Workflow.Rules.Where((_, i) => RuleVerdicts[i] is not null).SelectMany(rule => rule.AbsenceTestedPaths).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Gets, for each top-level rule (index for index), probes for the absence-tested inputs (tested by any voting
    /// rule) that the rule reads for their value, or reads a member of: when such a rule is Unknown and one of them is
    /// missing, filling in missing data can change a rule that per-rule logic decided.
    /// </summary>
    internal InputPathProbe[][] InterplayProbes => _interplay ??= MakeInterplayProbes();

    /// <summary>
    /// Gets, for each path pattern a voting rule's absence test reads (<c>order.Lines[].Quantity</c>), the indexes of
    /// the voting rules that test it, ascending.
    /// </summary>
    /// <remarks>
    /// Exact reasoning looks up the rules to work out again for the inputs it fills in here, instead of matching every
    /// voting rule's patterns against every such input (shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly:
    /// that matching was 5 % of a verdicts-only evaluation's time in a perf profile of the cases near the median).
    /// </remarks>
    internal IReadOnlyDictionary<string, int[]> AbsenceTesters => _absenceTesters ??= MakeAbsenceTesters();

    /// <summary>
    /// The verdicts some completion of the evaluation's missing inputs gives, with the inputs that decide between them
    /// (see <see cref="PossibleVerdicts"/>); when the search cannot run, the conservative answer of per-rule Kleene logic
    /// and why.
    /// </summary>
    /// <param name="result">An evaluation of <see cref="Workflow"/>.</param>
    /// <param name="domains">The values the search puts in for a missing input.</param>
    /// <param name="splitByVerdict">Whether to split the completions by verdict, from which the deciding inputs and each possible verdict's condition are read; false for the possible verdicts only.</param>
    /// <param name="searchWholeMissingLists">Whether a collection or object missing as a whole is searched through its yes/no conditions rather than answered by per-rule logic.</param>
    /// <returns>The possible verdicts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="domains"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is not an evaluation of <see cref="Workflow"/>.</exception>
    public PossibleVerdicts Resolve(WorkflowResult result, ICompletionDomains domains, bool splitByVerdict = true, bool searchWholeMissingLists = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(domains);
        if (!ReferenceEquals(result.Workflow, Workflow))
        {
            throw new ArgumentException($"The result is an evaluation of workflow '{result.Workflow.Name}', not of '{Workflow.Name}'.", nameof(result));
        }

        return PossibleVerdictsSearch.Resolve(this, result, domains, splitByVerdict, searchWholeMissingLists);
    }

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

    private InputPathProbe[][] MakeInterplayProbes()
    {
        var probes = new Dictionary<string, InputPathProbe>(StringComparer.Ordinal);
        var perRule = new InputPathProbe[Workflow.Rules.Count][];
        for (var i = 0; i < perRule.Length; i++)
        {
            var read = RuleVerdicts[i] is null ? [] : Workflow.Rules[i].ValueReadPaths;
            perRule[i] = [.. AbsenceTestedPaths
                .Where(tested => read.Any(path => path.StartsWith(tested, StringComparison.Ordinal) && (path.Length == tested.Length || path[tested.Length] is '.' or '[')))
                .Select(tested => probes.TryGetValue(tested, out var probe) ? probe : probes[tested] = InputPathProbe.Create(tested, _inputs))];
        }

        return perRule;
    }
}
