using SpineTriage.Testing;

namespace SpineTriage.Tests.Testing;

public sealed class RuleTestRunnerTests
{
    private static readonly string TestDirectory = RepositoryFiles.PathOf("rules", "tests");

    private static RuleTestRun Run(string json) =>
        RuleTestRunner.Run(RuleTestFile.Parse(json, Path.Combine(TestDirectory, "inline.tests.json")), Triage.TestCases.DefaultEngine);

    [Fact]
    public void A_wrong_expectation_fails_with_a_difference_per_mismatch()
    {
        var run = Run("""
            { "tests": [ { "name": "wrong", "case": "../../seeds/cauda-equina.json",
              "expect": { "fusion": { "verdict": "Appropriate", "reasons": ["Appropriate_DynamicInstability"], "warnings": ["Warning_Osteopenia"] },
                          "redFlags": [] } } ] }
            """);

        var result = Assert.Single(run.Results);
        Assert.False(result.Passed);
        Assert.Equal(4, result.Differences.Count);
        Assert.StartsWith("fusion: the verdict is Urgent, expected Appropriate.", result.Differences[0], StringComparison.Ordinal);
        Assert.Contains("[RedFlag_CaudaEquina], expected []", result.Differences[3], StringComparison.Ordinal);
        Assert.Equal(1, run.FailedCount);
    }

    [Fact]
    public void Missing_inputs_are_compared_without_regard_to_letter_case()
    {
        var run = Run("""
            { "tests": [ { "name": "missing", "case": "../../seeds/missing-data.json",
              "expect": { "fusion": { "verdict": "Incomplete", "missing": ["SYMPTOMS.ImagingConcordant"] } } } ] }
            """);

        Assert.True(run.Passed);
    }

    [Fact]
    public void An_unreadable_case_and_an_unknown_assessment_are_differences_not_exceptions()
    {
        var run = Run("""
            { "tests": [ { "name": "no-file", "case": "nowhere.json", "expect": {} },
                         { "name": "no-assessment", "case": "../../seeds/cauda-equina.json", "expect": { "spinal": { "verdict": "Urgent" } } } ] }
            """);

        Assert.Contains("cannot be read", Assert.Single(run.Results[0].Differences), StringComparison.Ordinal);
        Assert.Contains("no assessment 'spinal'", Assert.Single(run.Results[1].Differences), StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_records_each_outcome_a_rule_reached()
    {
        var run = Run("""
            { "tests": [ { "name": "a", "case": "../../seeds/cauda-equina.json", "expect": {} },
                         { "name": "b", "case": "../../seeds/missing-data.json", "expect": {} } ] }
            """);

        var concordance = Assert.Single(run.Coverage, c => c is { Assessment: "fusion", RuleName: "NeedsWorkup_DiscordantImaging" });
        Assert.Equal(new RuleCoverage("fusion", "NeedsWorkup_DiscordantImaging", false, true, true), concordance);
    }

    [Fact]
    public void A_malformed_test_file_lists_every_problem_with_its_path()
    {
        var exception = Assert.Throws<RuleTestFileException>(() => RuleTestFile.Parse("""{ "tests": [ { "case": "x.json", "expect": { "fusion": {} } } ] }""", "bad.tests.json"));

        Assert.Equal(["$.tests[0].name", "$.tests[0].expect.fusion.verdict"], exception.Problems.Select(p => p.JsonPath));
        Assert.All(exception.Problems, p => Assert.Equal("bad.tests.json", p.File));
    }

    [Fact]
    public void A_misspelt_key_is_a_problem_with_a_suggestion_so_an_expectation_cannot_pass_by_being_ignored()
    {
        var exception = Assert.Throws<RuleTestFileException>(() => RuleTestFile.Parse(
            """{ "tests": [ { "name": "t", "case": "x.json", "stroy": "s", "expect": { "fusion": { "verdict": "Appropriate", "reason": ["R"] } } } ], "test": [] }""",
            "bad.tests.json"));

        Assert.Equal(["$.test", "$.tests[0].stroy", "$.tests[0].expect.fusion.reason"], exception.Problems.Select(p => p.JsonPath));
        Assert.Contains("Did you mean 'reasons'?", exception.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'story'?", exception.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var exception = Assert.Throws<RuleTestFileException>(() => RuleTestFile.Parse("{\n  \"tests\": [\n  }", "bad.tests.json"));

        Assert.Equal(3, Assert.Single(exception.Problems).Line);
    }
}
