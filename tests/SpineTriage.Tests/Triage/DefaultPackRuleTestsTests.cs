using SpineTriage.Testing;

namespace SpineTriage.Tests.Triage;

public sealed class DefaultPackRuleTestsTests
{
    private static readonly RuleTestFile File = RuleTestFile.Load(RepositoryFiles.PathOf("rules", "tests", "default-pack.tests.json"));

    [Fact]
    public void Every_test_of_the_default_pack_passes_against_the_embedded_rules()
    {
        var run = RuleTestRunner.Run(File, TestCases.DefaultEngine);

        var failures = run.Results.Where(r => !r.Passed).Select(r => $"{r.Name}: {string.Join(" ", r.Differences)}");
        Assert.True(run.Passed, string.Join(Environment.NewLine, failures));
        Assert.Equal(File.Tests.Count, run.Results.Count);
    }

    [Fact]
    public void Every_test_of_the_default_pack_passes_against_the_rules_directory()
    {
        var engine = TriageEngine.Create(new TriageOptions { RulesDirectory = RepositoryFiles.PathOf("rules") });

        Assert.True(RuleTestRunner.Run(File, engine).Passed);
    }

    [Fact]
    public void The_seed_tests_make_every_verdict_rule_met_at_least_once_except_the_known_gaps()
    {
        var run = RuleTestRunner.Run(File, TestCases.DefaultEngine);

        var neverMet = run.Coverage.Where(c => !c.Met && !c.RuleName.StartsWith("Warning_", StringComparison.Ordinal) && !c.RuleName.StartsWith("Info_", StringComparison.Ordinal))
            .Select(c => $"{c.Assessment}/{c.RuleName}").ToList();
        Assert.NotEmpty(run.Coverage);
        Assert.Contains(run.Coverage, c => c is { Assessment: "fusion", RuleName: "RedFlag_CaudaEquina", Met: true, NotMet: true });
        Assert.DoesNotContain("fusion/Appropriate_DynamicInstability", neverMet);
        Assert.DoesNotContain("biologic/Candidate_ConfirmedTearAfterFailedCare", neverMet);
    }
}
