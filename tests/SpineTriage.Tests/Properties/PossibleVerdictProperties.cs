using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Assessments;
using SpineTriage.Assessments.Exact;
using SpineTriage.Cases;
using SpineTriage.Configuration;
using SpineTriage.Rules;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Properties;

/// <summary>
/// DESIGN §5, "Exact uncertainty", checked against brute force on random cases with random fields removed: on small
/// domains, the possible verdicts are exactly the verdicts the compiled pack gives for every completion of the
/// missing inputs, and the deciding inputs exactly those whose value alone changes it in some completion; on the case model's own domains, no completion with any valid values, and no filling-in of a
/// missing input that a rule reported, gives a verdict outside them.
/// </summary>
public sealed class PossibleVerdictProperties
{
    /// <summary>The most completions brute force enumerates for one assessment (more: that assessment is skipped).</summary>
    private const int MaxCompletions = 256;

    private static readonly TriageEngine Engine = TestCases.DefaultEngine;

    [ReplayableProperty(quick: 120, deep: 3_000)]
    public Property Possible_verdicts_are_the_verdicts_of_every_completion_on_small_domains() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (masked, results) = RandomMaskedCase(seed);
            var small = Check(seed, masked, ExactVerdicts.Resolve(Engine.Assessments, results, new SmallDomains(seed)), "small domains");

            // The case model's own domains (each region's representative value): every verdict they give is reached by a valid value.
            var model = Check(seed, masked, ExactVerdicts.Resolve(Engine.Assessments, results, CaseDomains.Instance), "case model domains");
            return true.Classify(small.Incomplete + model.Incomplete > 0, "an Incomplete assessment checked")
                .Classify(small.DecidedDespiteMissing + model.DecidedDespiteMissing > 0, "an assessment decided despite missing data checked")
                .Classify(small.Checked + model.Checked == 0, "nothing to check");
        });

    /// <summary>Compares each assessment's possible verdicts with brute force over the completions of its search variables.</summary>
    private static (int Checked, int Incomplete, int DecidedDespiteMissing) Check(int seed, PatientCase masked, ExactResolution[] exact, string domains)
    {
        var (checkedCount, incomplete, decided) = (0, 0, 0);
        for (var a = 0; a < exact.Length; a++)
        {
            if (exact[a].GaveUp is not null || exact[a].Approximation is not null || exact[a].Variables.Aggregate(1L, (n, v) => n * v.Values.Count) > MaxCompletions)
            {
                continue;
            }

            // The inputs whose absence tests the residuals read as filled in are filled in too, with any value.
            var others = Others(exact[a].FilledInputs, exact[a].Variables, new Random(seed));
            var completions = Completions(exact[a].Variables).Select(values => Verdict(Engine.Assessments[a], CaseCompletion.Fill(masked, [.. others, .. values]))).ToHashSet();
            Assert.True(completions.SetEquals(exact[a].Possible),
                $"seed {seed}, {Engine.Assessments[a].Assessment}, {domains}: possible [{string.Join(", ", exact[a].Possible)}], completions give [{string.Join(", ", completions)}] over {string.Join(", ", exact[a].Variables.Select(v => v.Path))}");
            checkedCount++;
            incomplete += exact[a].Possible.Count > 1 ? 1 : 0;
            decided += exact[a].Possible.Count == 1 && exact[a].Variables.Count > 0 ? 1 : 0;
        }

        return (checkedCount, incomplete, decided);
    }

    [ReplayableProperty(quick: 60, deep: 2_000)]
    public Property Deciding_inputs_are_those_whose_value_alone_changes_the_verdict_on_small_domains() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (masked, results) = RandomMaskedCase(seed);
            var exact = ExactVerdicts.Resolve(Engine.Assessments, results, new SmallDomains(seed));
            var checkedCount = 0;
            for (var a = 0; a < exact.Length; a++)
            {
                // Exact only from the cubes (a search that gave up, or too many cubes, lists every input read, the conservative side).
                var variables = exact[a].Variables;
                if (exact[a].GaveUp is not null || exact[a].Approximation is not null || exact[a].Cubes.Count is 0 or > 256 || variables.Aggregate(1L, (n, v) => n * v.Values.Count) > MaxCompletions)
                {
                    continue;
                }

                var others = Others(exact[a].FilledInputs, variables, new Random(seed));
                var verdicts = new Dictionary<string, string>();
                foreach (var indexes in Indexes(variables))
                {
                    var values = indexes.Select((value, v) => (variables[v].Path, variables[v].Values[value].Value)).ToList();
                    verdicts[string.Join(",", indexes)] = Verdict(Engine.Assessments[a], CaseCompletion.Fill(masked, [.. others, .. values]));
                }

                var deciding = new HashSet<string>();
                foreach (var indexes in Indexes(variables))
                {
                    for (var v = 0; v < variables.Count; v++)
                    {
                        for (var other = 0; other < variables[v].Values.Count; other++)
                        {
                            var changed = (int[])indexes.Clone();
                            changed[v] = other;
                            if (verdicts[string.Join(",", indexes)] != verdicts[string.Join(",", changed)])
                            {
                                deciding.Add(variables[v].Path);
                            }
                        }
                    }
                }

                Assert.True(deciding.SetEquals(exact[a].DecidingInputs),
                    $"seed {seed}, {Engine.Assessments[a].Assessment}: deciding [{string.Join(", ", exact[a].DecidingInputs)}], brute force [{string.Join(", ", deciding)}] over {exact[a].Cubes.Count} cubes");
                checkedCount++;
            }

            return true.Classify(checkedCount > 0, "deciding inputs checked");
        });

    /// <summary>Every completion as the index of each variable's value.</summary>
    private static IEnumerable<int[]> Indexes(IReadOnlyList<SearchVariable> variables)
    {
        IEnumerable<int[]> all = [[]];
        foreach (var variable in variables)
        {
            all = all.SelectMany(partial => Enumerable.Range(0, variable.Values.Count).Select(i => (int[])[.. partial, i]));
        }

        return all;
    }

    [ReplayableProperty(quick: 40, deep: 2_000)]
    public Property No_completion_with_valid_values_and_no_filled_in_missing_input_leaves_the_possible_verdicts() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (masked, results) = RandomMaskedCase(seed);
            var exact = ExactVerdicts.Resolve(Engine.Assessments, results, CaseDomains.Instance);
            var random = new Random(seed);
            for (var a = 0; a < exact.Length; a++)
            {
                var definition = Engine.Assessments[a];
                if (exact[a].GaveUp is not null || exact[a].Approximation is not null)
                {
                    continue;
                }

                // Any valid values for the inputs the residuals read: the verdict is one of the possible ones.
                for (var sample = 0; sample < 8; sample++)
                {
                    var values = Others(exact[a].FilledInputs, exact[a].Variables, random).Concat(exact[a].Variables.Select(v => (v.Path, (object?)RandomValue(v, random)))).ToList();
                    var verdict = Verdict(definition, CaseCompletion.Fill(masked, values));
                    Assert.True(exact[a].Possible.Contains(verdict), $"seed {seed}, {definition.Assessment}: [{string.Join(", ", values)}] gives {verdict}, not among [{string.Join(", ", exact[a].Possible)}]");
                }

                // Filling in one input that an Unknown verdict rule reported missing (rule by rule, independently of the residuals) only narrows the possible verdicts.
                var reported = Enumerable.Range(0, definition.Workflow.Rules.Count)
                    .Where(i => definition.RuleVerdicts[i] is not null && results[a].OutcomeOf(i) == RuleOutcome.Unknown)
                    .SelectMany(i => results[a].ResultOf(i).MissingInputs).Where(CaseCompletion.CanFill).Distinct().ToList();
                if (reported.Count == 0)
                {
                    continue;
                }

                var path = reported[random.Next(reported.Count)];
                var filled = CaseCompletion.Fill(masked, [(path, RandomValue(path, CaseCompletion.TypeOf(path), random))]);
                var after = ExactVerdicts.Resolve(Engine.Assessments, Evaluate(filled), CaseDomains.Instance)[a];
                Assert.True(after.GaveUp is not null || after.Possible.All(exact[a].Possible.Contains),
                    $"seed {seed}, {definition.Assessment}: filling {path} gives [{string.Join(", ", after.Possible)}], not within [{string.Join(", ", exact[a].Possible)}]");
            }

            return true;
        });

    /// <summary>
    /// Where the search gives up, per-rule logic answers, and where a collection is missing whole, the search treats its
    /// conditions as independent (<see cref="CollectionAtoms"/>): either must still hold every verdict that filling in the data gives
    /// (the inputs the Unknown rules reported, and a missing list of levels by the levels of another random case), and
    /// the verdict is Incomplete exactly when more than one verdict is possible, whether the search gave up or not. Even
    /// seeds search whole missing lists (<see cref="TriageOptions.SearchWholeMissingLists"/>), odd ones do not.
    /// </summary>
    [ReplayableProperty(quick: 100, deep: 4_000)]
    public Property When_the_search_gives_up_every_filled_in_verdict_is_still_among_the_possible_ones() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (masked, results) = RandomMaskedCase(seed);
            var exact = ExactVerdicts.Resolve(Engine.Assessments, results, CaseDomains.Instance, searchWholeMissingLists: seed % 2 == 0);
            var random = new Random(seed);
            var gaveUp = 0;
            for (var a = 0; a < exact.Length; a++)
            {
                var definition = Engine.Assessments[a];
                Assert.True(exact[a].Possible.Count > 1 == (exact[a].Verdict == SpineTriage.Reports.AssessmentResult.IncompleteVerdict),
                    $"seed {seed}, {definition.Assessment}: verdict {exact[a].Verdict} with possible [{string.Join(", ", exact[a].Possible)}]");
                if (exact[a].GaveUp is null && exact[a].Approximation is null)
                {
                    continue;
                }

                gaveUp++;
                var reported = Enumerable.Range(0, definition.Workflow.Rules.Count)
                    .Where(i => definition.RuleVerdicts[i] is not null && results[a].OutcomeOf(i) == RuleOutcome.Unknown)
                    .SelectMany(i => results[a].ResultOf(i).MissingInputs).Where(CaseCompletion.CanFill).Distinct().ToList();
                for (var sample = 0; sample < 6; sample++)
                {
                    var filled = WithLevels(CaseCompletion.Fill(masked, reported.Select(path => (path, (object?)RandomValue(path, CaseCompletion.TypeOf(path), random)))), random);
                    var verdict = Verdict(definition, filled);

                    // A filled-in case may still miss data another rule reads (Incomplete): only a decided verdict is a completion's.
                    Assert.True(verdict == SpineTriage.Reports.AssessmentResult.IncompleteVerdict || exact[a].Possible.Contains(verdict),
                        $"seed {seed}, {definition.Assessment} ({exact[a].GaveUp}): a filled-in case gives {verdict}, not among [{string.Join(", ", exact[a].Possible)}]");
                }
            }

            return true.Classify(gaveUp > 0, "the search gave up");
        });

    /// <summary>The case with its missing list of levels replaced by a random case's (the first relabelled as the adjacent level, when one is named).</summary>
    private static PatientCase WithLevels(PatientCase patientCase, Random random)
    {
        if (patientCase.Imaging is not { Levels: null } imaging)
        {
            return patientCase;
        }

        var levels = RandomCases.Full(random).Imaging?.Levels?.ToList() ?? [];
        if (patientCase.Surgery?.AdjacentLevel is { } adjacent && levels.Count > 0)
        {
            levels.RemoveAll(level => level.Level == adjacent);
            levels.Insert(0, (levels.Count > 0 ? levels[0] : RandomCases.Full(random).Imaging!.Levels![0]) with { Level = adjacent });
        }

        return patientCase with { Imaging = imaging with { Levels = levels } };
    }

    private static (PatientCase Masked, WorkflowResult[] Results) RandomMaskedCase(int seed)
    {
        var random = new Random(seed);
        var masked = PatientCaseJson.Parse(RandomCases.Masked(RandomCases.Full(random), random, 0.1 + (random.NextDouble() * 0.2)).ToJsonString());
        return (masked, Evaluate(masked));
    }

    private static WorkflowResult[] Evaluate(PatientCase patientCase)
    {
        var args = CaseInputs.Arguments(patientCase);
        return [.. Engine.Assessments.Select(a => a.Workflow.EvaluateOwned(args))];
    }

    /// <summary>The compiled pack's verdict for a case, by per-rule precedence (every input the verdict rules need is filled in).</summary>
    private static string Verdict(AssessmentDefinition definition, PatientCase patientCase) =>
        VerdictResolver.Resolve(definition.Verdicts, definition.DefaultVerdict, definition.Precedence.VerdictRules, definition.Workflow.EvaluateOwned(CaseInputs.Arguments(patientCase))).Verdict;

    /// <summary>A valid value for each filled-in input outside the assessment's own search.</summary>
    private static List<(string Path, object? Value)> Others(IReadOnlyList<(string Path, Type Type)> filledInputs, IReadOnlyList<SearchVariable> own, Random random) =>
        [.. filledInputs.Where(input => !own.Any(v => v.Path == input.Path) && CaseCompletion.CanFill(input.Path)).Select(input => (input.Path, RandomValue(input.Path, input.Type, random)))];

    private static IEnumerable<List<(string Path, object? Value)>> Completions(IReadOnlyList<SearchVariable> variables)
    {
        IEnumerable<List<(string, object?)>> completions = [[]];
        foreach (var variable in variables)
        {
            completions = completions.SelectMany(partial => variable.Values.Select(value => new List<(string, object?)>(partial) { (variable.Path, value.Value) }));
        }

        return completions;
    }

    private static object RandomValue(SearchVariable variable, Random random) => RandomValue(variable.Path, variable.Values[0].Value.GetType(), random);

    /// <summary>A valid value of the input's type: any enum name, true or false, a number anywhere in its valid range.</summary>
    private static object RandomValue(string path, Type type, Random random)
    {
        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type.IsEnum)
        {
            var names = Enum.GetValues(type);
            return names.GetValue(random.Next(names.Length))!;
        }

        var (minimum, maximum) = SmallDomains.Range(path);
        var number = minimum + (random.NextDouble() * (maximum - minimum));
        return type == typeof(double) ? Math.Round(number, 1) : Convert.ChangeType(Math.Round(number), type, CultureInfo.InvariantCulture);
    }

    /// <summary>Three values per number (random, in its valid range, from the seed and the input's pattern), every enum name, true and false.</summary>
    private sealed class SmallDomains(int seed) : ICompletionDomains
    {
        public static (double Minimum, double Maximum) Range(string path)
        {
            var (minimum, maximum) = CaseFieldRanges.All.TryGetValue(Rules.Expressions.Binding.BoundInputPaths.Pattern(path), out var range) ? range : (0, 100);
            return (double.IsFinite(minimum) ? minimum : -50, double.IsFinite(maximum) ? maximum : Math.Max(minimum, 0) + 60);
        }

        // The search cuts a comparison of two missing numbers at the case model's ranges, as it does for the case domains.
        public (double Minimum, double Maximum)? RangeOf(string path) => CaseDomains.Instance.RangeOf(path);

        private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

        public IReadOnlyList<DomainValue>? ValuesOf(string path, Type type, InputUses uses)
        {
            if (type == typeof(bool) || type.IsEnum)
            {
                return CaseDomains.Instance.ValuesOf(path, type, uses);
            }

            if (type != typeof(int) && type != typeof(double))
            {
                return null;
            }

            var random = new Random(seed ^ StableHash(Rules.Expressions.Binding.BoundInputPaths.Pattern(path)));
            var (minimum, maximum) = Range(path);
            var values = new SortedSet<double>();
            for (var attempt = 0; values.Count < 3 && attempt < 20; attempt++)
            {
                var number = minimum + (random.NextDouble() * (maximum - minimum));
                values.Add(type == typeof(int) ? Math.Round(number) : Math.Round(number, 1));
            }

            return [.. values.Select(v => new DomainValue(type == typeof(int) ? (object)(int)v : v, null))];
        }
    }
}
