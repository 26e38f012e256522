using SpineTriage.Cases;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Tests.Conformance;

/// <summary>
/// The default pack in our two-valued mode agrees rule by rule with Microsoft RulesEngine 6.0.1 (docs/rulesengine-compatibility.md):
/// on every complete case, every rule; on a case with a missing section or list, every rule RulesEngine runs without an exception.
/// </summary>
public sealed class DefaultPackConformanceTests
{
    [Fact]
    public void Every_shipped_rule_parses_runs_and_agrees_with_RulesEngine_on_every_generated_case_with_every_section_present()
    {
        // 500 cases in the plain test run, 5,000 under SPINETRIAGE_DEEP=1, or SPINETRIAGE_CONFORMANCE_CASES.
        var count = TestDepth.Count(quick: 500, deep: 5_000, "SPINETRIAGE_CONFORMANCE_CASES");
        var pairs = Enumerable.Range(0, count).SelectMany(seed => Pairs(DefaultPackOnBothEngines.Flattened, RandomCases.Full(new Random(seed)))).ToList();
        var oneSided = pairs.GroupBy(p => p.Path, p => p.Theirs).Where(g => g.Distinct().Count() < 2).Select(g => g.Key).ToList();

        Assert.Empty(pairs.Where(p => !p.Agrees || p.TheirException.Length > 0).Take(10));
        Assert.True(pairs.Count > count * DefaultPackOnBothEngines.Flattened.Ours.Workflows.Count, $"{pairs.Count} rule results compared in {count} cases.");

        // Not a vacuous agreement: the cases decide nearly every rule both ways (a complete case cannot meet a rule that
        // asks for an absent value; the seeds cover those).
        Assert.True(oneSided.Count * 20 <= pairs.Count / count, $"Rules the generated cases decide only one way: {string.Join(", ", oneSided)}");
    }

    [Fact]
    public void Every_rule_agrees_with_RulesEngine_on_every_seed_case_except_where_RulesEngine_dereferences_missing_data()
    {
        var seeds = RepositoryFiles.JsonFiles("seeds").Select(file => (Name: Path.GetFileName(file), Case: PatientCaseJson.Parse(File.ReadAllText(file)))).ToList();
        var pairs = seeds.SelectMany(seed => Pairs(DefaultPackOnBothEngines.AsWritten, seed.Case).Select(pair => (seed.Name, Complete: IsComplete(seed.Case), Pair: pair))).ToList();

        // RulesEngine throws where a rule (or a global parameter the workflow evaluates first) reads through an absent
        // section or list; we evaluate the rest of the expression (the table's "missing data" rows).
        Assert.Empty(pairs.Where(p => !p.Pair.Agrees && !(IsNullDereference(p.Pair.TheirException) && !p.Complete)).Select(p => $"{p.Name} {p.Pair}"));
        Assert.Empty(pairs.Where(p => p.Complete && p.Pair.TheirException.Length > 0).Select(p => $"{p.Name} {p.Pair}"));
        Assert.True(seeds.Count(s => IsComplete(s.Case)) * 2 > seeds.Count, "Most seed cases are complete, so most are compared on every rule.");
    }

    private static IEnumerable<RuleByRule.Pair> Pairs(DefaultPackOnBothEngines engines, PatientCase patientCase) =>
        engines.Evaluate(patientCase).SelectMany(run => RuleByRule.Pairs(run.Ours, run.Theirs, run.Workflow.Name + "/"));

    /// <summary>Every section present, and the lists the pack reads through (imaging levels, red flags) present.</summary>
    internal static bool IsComplete(PatientCase c) =>
        c is { Patient: not null, Symptoms.RedFlags: not null, Imaging.Levels: not null, Care: not null, Surgery: not null };

    private static bool IsNullDereference(string exceptionMessage) =>
        exceptionMessage.Contains("Object reference not set to an instance of an object", StringComparison.Ordinal)
        || exceptionMessage.Contains("Value cannot be null", StringComparison.Ordinal);
}
