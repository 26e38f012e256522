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
    public void The_default_pack_tests_make_every_rule_met_at_least_once()
    {
        var run = RuleTestRunner.Run(File, TestCases.DefaultEngine);

        var neverMet = run.Coverage.Where(c => !c.Met).Select(c => $"{c.Assessment}/{c.RuleName}").ToList();
        var rules = TestCases.DefaultEngine.Assessments.Sum(a => a.Workflow.Rules.Count);
        Assert.Equal(rules, run.Coverage.Count);
        Assert.True(neverMet.Count == 0, "Never Met: " + string.Join(", ", neverMet));
    }

    [Fact]
    public void Every_default_pack_test_tells_its_story()
    {
        Assert.All(File.Tests, t => Assert.False(string.IsNullOrWhiteSpace(t.Story), t.Name));
    }
}
