using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.Rules.Expressions.Syntax;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// Exact reasoning about an evaluation's missing inputs under a <see cref="VerdictPrecedence"/> (DESIGN §5): the
/// residual of every Unknown voting rule, over one residual session so that an input is one variable in all of them;
/// then, while an absence test in the voting rules read as absent an input that some residual needs filled in, those
/// rules again with that input's tests open (filling in one of its missing values must not change a verdict called
/// decided); then a search over the completions of its missing inputs (<see cref="VerdictSearch"/>). Each precedence
/// keeps its own absence policy: an input another workflow needs filled in is, for this one, as the inputs have it.
/// When the search cannot run (an input it cannot enumerate, a residual unavailable, the budget spent) the answer is
/// the conservative one of per-rule Kleene logic, with the reason.
/// </summary>
internal static class PossibleVerdictsSearch
{
    /// <summary>The most times the residuals are worked out again with more absence tests open.</summary>
    private const int MaxRounds = 4;

    /// <summary>
    /// One evaluation's possible verdicts. Decided at once when no verdict rule is Unknown, or when per-rule logic
    /// decided and no absence-tested input that a rule also reads for its value is missing (filling in missing inputs
    /// cannot change a True or False then: Kleene logic is monotone). Otherwise the residuals of the verdict rules that
    /// can matter (all of them when such an input is missing; else those of the verdicts down to the first with a Met
    /// rule, which stays Met) are searched.
    /// </summary>
    /// <param name="precedence">The voting rules and their precedence.</param>
    /// <param name="result">An evaluation of its workflow.</param>
    /// <param name="domains">The values the search puts in for missing inputs.</param>
    /// <param name="splitByVerdict">Whether to split the completions by verdict, from which the deciding inputs and each possible verdict's condition are read; false for the possible verdicts only.</param>
    /// <param name="searchWholeMissingLists">Whether a list missing as a whole is searched through its yes/no conditions (<see cref="CollectionAtoms"/>) rather than answered by per-rule logic.</param>
    public static PossibleVerdicts Resolve(VerdictPrecedence precedence, WorkflowResult result, ICompletionDomains domains, bool splitByVerdict = true, bool searchWholeMissingLists = false)
    {
        if (!HasUnknownVerdictRule(precedence, result))
        {
            return new PossibleVerdicts { Possible = [Candidate(precedence, result, out _)] };
        }

        var firstMet = FirstMet(precedence, result);
        var interplay = Interplay(precedence, result, firstMet);

        var candidate = Candidate(precedence, result, out var decidedByRules);
        if (decidedByRules && !interplay)
        {
            return new PossibleVerdicts { Possible = [candidate] };
        }

        // The first verdict with a Met rule stays Met unless each such rule tests an input for absence; then any verdict can win.
        var relevant = interplay && EveryMetRuleTestsAbsence(precedence, result, firstMet) ? precedence.Verdicts.Count : firstMet;
        if (relevant == 0)
        {
            // The most precedent verdict has a Met rule that tests nothing for absence: it stays Met in every completion and wins.
            return new PossibleVerdicts { Possible = [candidate] };
        }

        var (session, residuals, filled, opened, namingMore) = Residualise(precedence, result, relevant, reopen: interplay, searchWholeMissingLists);
        session.Finish();
        var possible = Search(precedence, result, residuals, session, domains, splitByVerdict, opened, searchWholeMissingLists, namingMore);
        possible.FilledInputs = filled;
        return possible;
    }

    /// <summary>
    /// Whether an Unknown verdict rule that can matter (of a verdict down to the first with a Met rule) reads for its
    /// value an input that is missing and that a verdict rule tests for absence: filling it in may then change a rule
    /// that per-rule logic decided.
    /// </summary>
    private static bool Interplay(VerdictPrecedence precedence, WorkflowResult result, int firstMet)
    {
        var probes = precedence.InterplayProbes;
        for (var v = 0; v <= firstMet && v < precedence.VerdictRules.Length; v++)
        {
            foreach (var rule in precedence.VerdictRules[v])
            {
                if (probes[rule].Length == 0 || result.OutcomeOf(rule) != RuleOutcome.Unknown)
                {
                    continue;
                }

                foreach (var probe in probes[rule])
                {
                    if (probe.IsMissing(result.Args))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every Met rule of the verdict at <paramref name="level"/> tests an input for absence, so that filling in
    /// missing data may leave the verdict without a Met rule. One Met rule that tests nothing for absence stays Met in
    /// every completion (Kleene logic is monotone), and the verdicts after it stay out of reach.
    /// </summary>
    /// <remarks>
    /// Until 2026-12-06 one Met rule that tested absence put every verdict in reach, and the rules of verdicts that can
    /// never win were worked out and searched too. Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: over the
    /// verdicts-only probe's audit-cohort cases, a quarter of the evaluations searched that way (2,656 of 10,580) had such a
    /// stable Met rule; skipping them took the probe from 71 to 64 µs a case (the best of 12 rounds, 3 interleaved runs).
    /// </remarks>
    private static bool EveryMetRuleTestsAbsence(VerdictPrecedence precedence, WorkflowResult result, int level)
    {
        if (level >= precedence.VerdictRules.Length)
        {
            return false;
        }

        var any = false;
        foreach (var rule in precedence.VerdictRules[level])
        {
            if (result.OutcomeOf(rule) != RuleOutcome.Met)
            {
                continue;
            }

            if (precedence.Workflow.Rules[rule].AbsenceTestedPaths.Count == 0)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The index of the first verdict with a Met rule (the verdicts after it cannot win); the number of verdicts when none has.</summary>
    private static int FirstMet(VerdictPrecedence precedence, WorkflowResult result)
    {
        for (var v = 0; v < precedence.VerdictRules.Length; v++)
        {
            foreach (var rule in precedence.VerdictRules[v])
            {
                if (result.OutcomeOf(rule) == RuleOutcome.Met)
                {
                    return v;
                }
            }
        }

        return precedence.Verdicts.Count;
    }

    /// <summary>
    /// The verdict of per-rule Kleene logic (the first verdict with a Met rule, the default when none is), and whether
    /// it is decided: no verdict before it, other than itself, has an Unknown rule.
    /// </summary>
    private static string Candidate(VerdictPrecedence precedence, WorkflowResult result, out bool decided)
    {
        var verdicts = precedence.Verdicts;
        var candidateIndex = verdicts.Count;
        var firstUnknown = -1;
        for (var v = 0; v < verdicts.Count; v++)
        {
            var strongest = Strongest(precedence.VerdictRules[v], result);
            if (strongest == RuleOutcome.Met)
            {
                candidateIndex = v;
                break;
            }

            if (strongest == RuleOutcome.Unknown && firstUnknown < 0)
            {
                firstUnknown = v;
            }
        }

        var candidate = candidateIndex < verdicts.Count ? verdicts[candidateIndex] : precedence.DefaultVerdict;
        decided = true;
        if (firstUnknown >= 0)
        {
            // An Unknown rule for the candidate itself (the default, when nothing is Met) cannot change the outcome.
            for (var v = firstUnknown; v < candidateIndex && decided; v++)
            {
                decided = verdicts[v] == candidate || Strongest(precedence.VerdictRules[v], result) != RuleOutcome.Unknown;
            }
        }

        return candidate;
    }

    /// <summary>Met when one of the rules is Met, else Unknown when one is Unknown, else NotMet.</summary>
    private static RuleOutcome Strongest(int[] rules, WorkflowResult result)
    {
        var strongest = RuleOutcome.NotMet;
        foreach (var rule in rules)
        {
            var outcome = result.OutcomeOf(rule);
            if (outcome == RuleOutcome.Met)
            {
                return outcome;
            }

            if (outcome == RuleOutcome.Unknown)
            {
                strongest = outcome;
            }
        }

        return strongest;
    }

    private static bool HasUnknownVerdictRule(VerdictPrecedence precedence, WorkflowResult result)
    {
        foreach (var rules in precedence.VerdictRules)
        {
            foreach (var rule in rules)
            {
                if (result.OutcomeOf(rule) == RuleOutcome.Unknown)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The residuals of the verdict rules that need one (Unknown, or absence-testing an input that is filled in),
    /// settled: while an absence test in the voting rules reads an input that a residual needs filled in
    /// (seen in a residual worked out, or in a rule's absence-tested paths), those rules are worked out again with that
    /// input's absence tests open. Also every input a completion fills in: those the residuals read, and those whose
    /// absence tests were opened on the way (an earlier round's residual read them), with their types.
    /// </summary>
    /// <remarks>
    /// The bookkeeping between rounds reads each path where it is (no sets of prefixes or patterns built per round, no
    /// LINQ): measured with Stopwatch sections, it took about twice the time and three times the allocation of the
    /// residuals themselves. Shown by the possible verdicts alone (the former DefaultPackMissingDataBenchmarks.EnginePossibleVerdicts; EngineVerdictsOnly includes that work): 101,771 B allocated per
    /// case before, 81,321 B after (with the operand walks of <see cref="ResidualCondition"/>, the search's
    /// re-evaluation only of residuals whose variables changed, and the enum domains listed once; BenchmarkDotNet,
    /// 2026-12-04). The times of that run are not comparable: the machine ran at a load average of about 30.
    /// </remarks>
    /// <returns>
    /// The session, each rule's residual (null for the rules not worked out), the inputs filled in, whether every
    /// absence test that filling in could change has been opened (false when the rounds ran out first), and the rules
    /// whose last walk met a name beyond their residual's inputs (<see cref="ResidualSession.MetNamesBeyondInputs"/>;
    /// null when none did).
    /// </returns>
    private static (ResidualSession Session, ResidualCondition?[] Residuals, List<(string Path, Type Type)> Filled, bool Opened, bool[]? NamingMore) Residualise(
        VerdictPrecedence precedence, WorkflowResult result, int relevant, bool reopen, bool searchWholeMissingLists)
    {
        var verdictIndex = precedence.VerdictIndexOfRule;

        // One session for every round, so that a residual worked out before stays valid when opening does not touch it.
        var session = new ResidualSession();
        var residuals = new ResidualCondition?[precedence.RuleVerdicts.Count];
        var toDo = new List<int>();
        for (var i = 0; i < residuals.Length; i++)
        {
            if (verdictIndex[i] >= 0 && verdictIndex[i] <= relevant && result.OutcomeOf(i) == RuleOutcome.Unknown)
            {
                toDo.Add(i);
            }
        }

        var filled = new HashSet<string>(StringComparer.Ordinal);
        var filledInputs = new List<(string Path, Type Type)>();
        var listed = new List<bool>();
        var opened = new List<bool>();
        List<string>? newlyFilled = null;
        var givingUp = false;
        var skipped = new List<int>();
        var openedByName = new HashSet<string>(StringComparer.Ordinal);
        bool[]? reread = null;
        bool[]? namingMore = null;
        for (var round = 0; ; round++)
        {
            foreach (var i in toDo)
            {
                if (givingUp && result.OutcomeOf(i) == RuleOutcome.Unknown)
                {
                    // The search will give up, and opening tests never makes an Unknown rule decided: only the inputs it
                    // needs filled in matter, and the rule reported them already.
                    skipped.Add(i);
                    continue;
                }

                session.StartTracking();
                residuals[i] = result.Residualise(i, session);
                if (session.MetNamesBeyondInputs)
                {
                    (namingMore ??= new bool[residuals.Length])[i] = true;
                }
                else if (namingMore is not null)
                {
                    namingMore[i] = false;
                }

                if (residuals[i] is { } residual && (residual.UnavailableReason is not null || (!residual.CanBeEnumerated && !(searchWholeMissingLists && CollectionAtoms.CanRewrite(residual.Expression!)))))
                {
                    // The search gives up at such a residual, so the residuals of the Unknown rules after it would never
                    // be read. With no absence test to open the per-rule outcomes are sound and the rounds stop here; with
                    // some, they go on for the rules those tests can move (the fallback reads their truths with the tests
                    // open). Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: a workflow whose
                    // collection input is missing worked out about 55 µs of residuals before giving up, and then about 2 µs.
                    if (!reopen)
                    {
                        return (session, residuals, filledInputs, true, namingMore);
                    }

                    givingUp = true;
                }
            }

            filled.Clear();
            foreach (var residual in residuals)
            {
                if (residual is not null)
                {
                    var inputs = residual.MissingInputs;
                    for (var i = 0; i < inputs.Count; i++)
                    {
                        filled.Add(inputs[i]);
                    }
                }
            }

            foreach (var i in skipped)
            {
                var reported = result.ResultOf(i).MissingInputs;
                for (var k = 0; k < reported.Count; k++)
                {
                    var input = reported[k];
                    filled.Add(input);
                }
            }

            // Path variables are made in reading order and never removed: path p of a round is path p of the next.
            var paths = session.Paths;
            while (listed.Count < paths.Count)
            {
                listed.Add(false);
                opened.Add(false);
            }

            for (var p = 0; p < paths.Count; p++)
            {
                if (!listed[p] && filled.Contains(paths[p].Name))
                {
                    listed[p] = true;
                    filledInputs.Add((paths[p].Name, paths[p].Type));
                }
            }

            if (!reopen)
            {
                return (session, residuals, filledInputs, true, namingMore);
            }

            // Opening matters for a missing path (it has a variable in the session) that is newly filled in, or an object on its way.
            newlyFilled?.Clear();
            for (var p = 0; p < paths.Count; p++)
            {
                if (!opened[p] && IsFilledOrOnTheWay(paths[p].Name, filled))
                {
                    (newlyFilled ??= []).Add(paths[p].Name);
                }
            }

            // A skipped rule's inputs may have no variable in the session: they, and the objects on their way, open by name.
            foreach (var i in skipped)
            {
                var reported = result.ResultOf(i).MissingInputs;
                for (var k = 0; k < reported.Count; k++)
                {
                    var input = reported[k];
                    for (var end = input.Length; end > 0; end = input.LastIndexOfAny(['.', '['], end - 1))
                    {
                        var path = input[..end];
                        if (openedByName.Add(path) && !session.Paths.Any(p => p.Name == path))
                        {
                            (newlyFilled ??= []).Add(path);
                        }
                    }
                }
            }

            toDo.Clear();
            if (newlyFilled is { Count: > 0 })
            {
                MarkAbsenceTesters(precedence, newlyFilled, relevant, reread ??= new bool[residuals.Length]);
                for (var i = 0; i < reread.Length; i++)
                {
                    if (reread[i])
                    {
                        toDo.Add(i);
                        reread[i] = false;
                    }
                }
            }

            if (toDo.Count == 0)
            {
                return (session, residuals, filledInputs, true, namingMore);
            }

            if (round >= MaxRounds)
            {
                return (session, residuals, filledInputs, false, namingMore);
            }

            for (var p = 0; p < paths.Count; p++)
            {
                opened[p] |= newlyFilled!.Contains(paths[p].Name);
            }

            session.Open(newlyFilled!);
        }
    }

    /// <summary>Whether a path is filled in, or is an object on the way to one that is (<c>a.b</c> for <c>a.b[1].c</c>).</summary>
    private static bool IsFilledOrOnTheWay(string path, HashSet<string> filled)
    {
        foreach (var other in filled)
        {
            if (other.StartsWith(path, StringComparison.Ordinal) && (other.Length == path.Length || other[path.Length] is '.' or '['))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the verdict rules, of the verdicts down to <paramref name="relevant"/>, whose absence tests read any of the paths.</summary>
    private static void MarkAbsenceTesters(VerdictPrecedence precedence, List<string> paths, int relevant, bool[] marks)
    {
        var testers = precedence.AbsenceTesters;
        var verdictIndex = precedence.VerdictIndexOfRule;
        foreach (var path in paths)
        {
            if (testers.TryGetValue(BoundInputPaths.Pattern(path), out var rules))
            {
                foreach (var rule in rules)
                {
                    marks[rule] |= verdictIndex[rule] <= relevant;
                }
            }
        }
    }

    /// <summary>
    /// The share of the search's budget and cubes when atoms stand for a wholly missing collection: a quarter (1,024
    /// nodes, 64 cubes). An evaluation searched this way reads some twenty variables, and spending the whole budget twice
    /// took about a millisecond (Stopwatch sections over DefaultPackMissingDataBenchmarks' cases); over 10,000 cohort inputs
    /// a quarter changed the possible verdicts or deciding inputs of at most a dozen of the 1,594 evaluations searched this
    /// way. Past it, the possible verdicts stand with the rules' own conditions, or the per-rule answer does.
    /// </summary>
    private const double AtomShare = 0.25;

    private static PossibleVerdicts Search(
        VerdictPrecedence precedence, WorkflowResult result, ResidualCondition?[] residuals, ResidualSession session, ICompletionDomains domains, bool splitByVerdict, bool opened,
        bool searchWholeMissingLists, bool[]? namingMore)
    {
        var constants = new Truth[residuals.Length];
        var searched = new List<(int Rule, BoundExpression Residual)>();
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        CollectionAtoms? atoms = null;
        string? giveUp = null;
        string? wholeMissingRule = null;
        for (var i = 0; i < residuals.Length; i++)
        {
            constants[i] = (Truth)result.OutcomeOf(i);
            if (residuals[i] is not { } residual)
            {
                continue;
            }

            constants[i] = residual.Constant ?? Truth.Unknown;
            if (residual.UnavailableReason is { } reason)
            {
                giveUp ??= $"rule {precedence.Workflow.Rules[i].Name} has no residual: {reason}";
            }
            else if (!residual.CanBeEnumerated)
            {
                if (giveUp is null && searchWholeMissingLists && (atoms ??= new CollectionAtoms(session.Paths.Count)).Rewrite(residual.Expression!) is { } rewritten)
                {
                    searched.Add((i, rewritten));
                    AddSingleValueInputs(rewritten, session.Paths.Count, inputs);
                }
                else
                {
                    if (giveUp is null && !searchWholeMissingLists)
                    {
                        wholeMissingRule = precedence.Workflow.Rules[i].Name;
                    }

                    giveUp ??= searchWholeMissingLists
                        ? $"rule {precedence.Workflow.Rules[i].Name} reads a whole missing collection or object in a way the search cannot split into yes/no conditions"
                        : $"rule {precedence.Workflow.Rules[i].Name} reads a whole missing collection or object (searching whole missing lists splits it)";
                }
            }
            else if (residual.Expression is { } expression)
            {
                searched.Add((i, expression));

                // Once the search will give up, only the truths are read (listing a residual's inputs walks it).
                if (giveUp is null)
                {
                    var residualInputs = residual.MissingInputs;
                    for (var k = 0; k < residualInputs.Count; k++)
                    {
                        var input = residualInputs[k];
                        inputs.Add(input);
                    }
                }
            }
        }

        if (!opened)
        {
            giveUp ??= $"the absence tests to open took more than {MaxRounds} rounds";
            PerRuleAnswer.OpenEveryAbsenceTest(precedence, constants);
        }

        if (giveUp is not null)
        {
            var answer = PerRuleAnswer.Of(precedence, constants, residuals, result, giveUp);
            answer.GaveUpAtWholeMissingInput = wholeMissingRule;
            return answer;
        }

        var (uses, relations) = ResidualUses.Of(searched.Select(s => s.Residual));
        if (SearchVariables.List(session, inputs, uses, relations, domains, out var unlisted) is not { } variables)
        {
            return PerRuleAnswer.Of(precedence, constants, residuals, result, $"the values {unlisted} can take cannot be listed");
        }

        var atomCount = atoms?.All.Count ?? 0;
        if (atoms is not null)
        {
            variables.AddRange(atoms.Variables());
        }

        var prune = !searched.Exists(s => ReadsAbsence(s.Residual));
        var search = new VerdictSearch(precedence.Verdicts, precedence.DefaultVerdict, precedence.VerdictRules, constants, [.. searched], variables, session.Paths.Count + atomCount, prune, atomCount == 0 ? 1 : AtomShare);
        if (search.FindPossible(out var gaveUp) is not { } possible)
        {
            return PerRuleAnswer.Of(precedence, constants, residuals, result, gaveUp!);
        }

        // Every missing input the verdict rules read: the searched ones (a host may add those the Unknown rules reported rule by rule).
        // Atoms of one list share its path.
        var missing = atomCount == 0 ? variables.Select(v => v.Path).ToList() : variables.Select(v => v.Path).Distinct(StringComparer.Ordinal).ToList();
        var exact = new PossibleVerdicts
        {
            Possible = possible,
            MissingInputs = missing,
            Variables = variables,
            IndependentlySearched = atoms is not { All.Count: > 0 } ? [] : [.. atoms.All.Select(a => a.Path).Distinct(StringComparer.Ordinal)],
            RulesWithInputsListed = atomCount == 0 ? RulesWithInputsListed(residuals, namingMore, missing) : [],
        };
        if (possible.Count == 1 || !splitByVerdict)
        {
            return exact;
        }

        var partitionGaveUp = relations.Count > 0 ? $"{relations[0].Dependent.Name} is compared with {relations[0].Free.Name}, and both are missing" : null;
        if (partitionGaveUp is not null || search.Partition(out partitionGaveUp) is not { } cubes)
        {
            // The possible verdicts are exact; their conditions are the rules' own residuals, and every input that a rule of a
            // possible verdict reads may decide (a verdict that never wins never changes the winner: its rules can go).
            exact.DecidingInputs = ReadByPossible(precedence, residuals, possible, missing, atomCount > 0);
            exact.FallbackResiduals = residuals;
            exact.SplitGaveUp = partitionGaveUp;
            return exact;
        }

        exact.DecidingInputs = Deciding(cubes, variables);
        exact.Cubes = cubes;
        return exact;
    }

    /// <summary>
    /// The searched rules whose own missing-input lists (<see cref="RuleResult.MissingInputs"/>) name only inputs in
    /// <paramref name="missing"/> or objects on the way to one there: a host that lists both, an object dropped for the
    /// inputs inside it, lists the same inputs without walking those rules again.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A rule's list is walked three-valued over the same inputs by the same walker as its residual. It names each
    /// missing input read on the way to Unknown by its path; a member of a missing input by that input's path; a member
    /// of a missing value that no input is by its expression; and a present text that is not a number by its path.
    /// The residual walk takes the same branches, a missing value being symbolic there where it is Unknown in the list's
    /// walk, except at an absence test of an open path, which reads it as filled in. It makes a path variable of each
    /// missing input read, by the same path, and of a member of one below it; it keeps every symbolic operand, except
    /// where Kleene logic decides the node (the list's walk drops the operand's names there too). So when the rule's
    /// walk met no open absence test and no missing value without a path (<paramref name="namingMore"/>), each name on
    /// its list is an input of its residual or an object on the way to one; and its residual's inputs are checked to be
    /// listed.
    /// </para>
    /// <para>
    /// Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: the rule-by-rule walks were a fifth of a
    /// verdicts-only evaluation of the audit cohort's cases (perf, 2026-12-06), and in the assessments searched 3.5 % of
    /// them added a path.
    /// </para>
    /// </remarks>
    private static int[] RulesWithInputsListed(ResidualCondition?[] residuals, bool[]? namingMore, List<string> missing)
    {
        List<int>? rules = null;
        for (var i = 0; i < residuals.Length; i++)
        {
            if (residuals[i] is { UnavailableReason: null, Expression: not null } residual && residual.CanBeEnumerated && namingMore?[i] != true && AllListed(residual.MissingInputs, missing))
            {
                (rules ??= []).Add(i);
            }
        }

        return rules is null ? [] : [.. rules];

        static bool AllListed(IReadOnlyList<string> inputs, List<string> missing)
        {
            for (var k = 0; k < inputs.Count; k++)
            {
                if (!missing.Contains(inputs[k], StringComparer.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The missing inputs that the residuals of the possible verdicts' rules read, in the order of <paramref name="missing"/>.</summary>
    private static List<string> ReadByPossible(VerdictPrecedence precedence, ResidualCondition?[] residuals, IReadOnlyList<string> possible, List<string> missing, bool withAtoms)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        for (var level = 0; level < precedence.Verdicts.Count; level++)
        {
            if (!possible.Contains(precedence.Verdicts[level]))
            {
                continue;
            }

            foreach (var rule in precedence.VerdictRules[level])
            {
                if (residuals[rule] is { } residual)
                {
                    read.UnionWith(residual.MissingInputs);
                }
            }
        }

        // A residual that reads a collection or object whole lists it by pattern (order.Lines[].Quantity); its atoms, by its path.
        return [.. missing.Where(m => read.Contains(m) || (withAtoms && ReadsInside(read, m)))];

        static bool ReadsInside(HashSet<string> read, string path)
        {
            foreach (var r in read)
            {
                if (r.Length > path.Length && r[path.Length] is '[' or '.' && r.StartsWith(path, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The inputs whose value changes the verdict: an input is deciding when two cubes with different verdicts could
    /// hold the same values of every other input (so some two completions differ in that input alone). The cubes are
    /// at most <see cref="VerdictSearch.MaxCubes"/>.
    /// </summary>
    private static List<string> Deciding(IReadOnlyList<VerdictCube> cubes, IReadOnlyList<SearchVariable> variables)
    {
        var deciding = new bool[variables.Count];
        var found = 0;
        for (var i = 0; i < cubes.Count && found < deciding.Length; i++)
        {
            for (var j = i + 1; j < cubes.Count; j++)
            {
                if (cubes[i].Verdict == cubes[j].Verdict)
                {
                    continue;
                }

                var differ = -1;
                var apart = 0;
                var (first, second) = (cubes[i].Indexes, cubes[j].Indexes);
                for (var v = 0; v < first.Length && apart < 2; v++)
                {
                    var (x, y) = (first[v], second[v]);
                    if (x >= 0 && y >= 0 && x != y)
                    {
                        differ = v;
                        apart++;
                    }
                }

                if (apart == 1 && !deciding[differ])
                {
                    deciding[differ] = true;

                    // Once every input decides, no pair can add one (with the atoms of a missing collection, up to 256
                    // cubes over some 20 inputs made this pairwise pass 17 % of a verdicts-only evaluation).
                    if (++found == deciding.Length)
                    {
                        break;
                    }
                }
            }
        }

        var paths = variables.Where((_, v) => deciding[v]).Select(v => v.Path);
        return variables.Any(v => v.Atom is not null) ? [.. paths.Distinct(StringComparer.Ordinal)] : [.. paths];
    }

    /// <summary>Adds the paths of the single-value inputs a rewritten residual reads (those below the first atom's index; the atoms are listed on their own).</summary>
    private static void AddSingleValueInputs(BoundExpression node, int firstAtomIndex, HashSet<string> inputs)
    {
        if (node is BoundInput input && input.Index < firstAtomIndex)
        {
            inputs.Add(input.Name);
        }

        for (var i = 0; i < node.ChildCount; i++)
        {
            AddSingleValueInputs(node.ChildAt(i), firstAtomIndex, inputs);
        }
    }

    /// <summary>Whether a residual reads absence (a null test or <c>??</c> on something other than an input), which makes pruning unsound.</summary>
    private static bool ReadsAbsence(BoundExpression node) =>
        node is BoundNullTest or BoundBinary { Operator: BinaryOperator.Coalesce } || AnyChildReadsAbsence(node);

    private static bool AnyChildReadsAbsence(BoundExpression node)
    {
        for (var i = 0; i < node.ChildCount; i++)
        {
            if (ReadsAbsence(node.ChildAt(i)))
            {
                return true;
            }
        }

        return false;
    }
}
