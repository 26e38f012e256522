namespace SpineTriage.Cli.Tests;

public sealed class TestCommandTests
{
    [Fact]
    public void The_default_pack_passes_every_test_with_full_met_coverage()
    {
        var run = CliRun.Of("test", RepositoryFiles.RulesDirectory, "--min-coverage", "100");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  PASS cauda-equina\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Rule", run.Output, StringComparison.Ordinal);
        Assert.Contains("fusion/Appropriate_DynamicInstability", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Rules no test made Met", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n\d+ test\(s\): \d+ passed, 0 failed\. Met coverage 100 % \((\d+) of \1 rules\)\.\n$", run.Output);
    }

    [Fact]
    public void A_failing_test_shows_its_story_and_what_differed_and_exits_1()
    {
        var directory = PackWithTests("""
            { "tests": [ { "name": "wrong-verdict", "story": "A deliberately wrong expectation.", "case": "../../seeds/cauda-equina.json",
              "expect": { "fusion": { "verdict": "Appropriate", "reasons": [ "Appropriate_DynamicInstability" ] }, "redFlags": [] } } ] }
            """);

        var run = CliRun.Of("test", directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  FAIL wrong-verdict\n       story: A deliberately wrong expectation.\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("- fusion: the verdict is Urgent, expected Appropriate.", run.Output, StringComparison.Ordinal);
        Assert.Contains("- fusion: expected reason 'Appropriate_DynamicInstability' is not reported", run.Output, StringComparison.Ordinal);
        Assert.Contains("- The red flags are [RedFlag_CaudaEquina], expected [].", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 failed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_possible_verdicts_are_compared_as_a_set_and_a_difference_fails_the_test()
    {
        var directory = PackWithTests("""
            { "tests": [
              { "name": "right-set", "case": "../../seeds/cauda-equina.json",
                "expect": { "fusion": { "verdict": "Urgent", "possibleVerdicts": [ "Urgent" ] } } },
              { "name": "wrong-set", "case": "../../seeds/cauda-equina.json",
                "expect": { "fusion": { "verdict": "Urgent", "possibleVerdicts": [ "Urgent", "Appropriate" ] } } } ] }
            """);

        var run = CliRun.Of("test", directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  PASS right-set\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  FAIL wrong-set\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("- fusion: the possible verdicts are [Urgent], expected [Urgent, Appropriate].", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_below_the_minimum_lists_the_rules_never_met_and_exits_1()
    {
        var directory = PackWithTests("""
            { "tests": [ { "name": "cauda-equina", "case": "../../seeds/cauda-equina.json", "expect": { "fusion": { "verdict": "Urgent" } } } ] }
            """);

        var run = CliRun.Of("test", directory, "--min-coverage", "90");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Rules no test made Met (", run.Output, StringComparison.Ordinal);
        Assert.Contains("  - fusion/Appropriate_DynamicInstability\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("is below --min-coverage 90 %", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_directory_without_tests_is_an_error()
    {
        var directory = RepositoryFiles.NewScratchDirectory();
        File.Copy(Path.Combine(RepositoryFiles.RulesDirectory, "red-flags.json"), Path.Combine(directory, "red-flags.json"));

        var run = CliRun.Of("test", directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SPX005:", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-coverage", "150")]
    [InlineData("--min-coverage", "lots")]
    [InlineData("--coverage")]
    public void A_bad_option_is_a_usage_error(params string[] args)
    {
        Assert.Equal(2, CliRun.Of(["test", RepositoryFiles.RulesDirectory, .. args]).ExitCode);
    }

    /// <summary>A copy of the default pack in a scratch directory, with one test file whose case paths point two levels up (into a seeds copy).</summary>
    private static string PackWithTests(string tests)
    {
        var root = RepositoryFiles.NewScratchDirectory();
        var rules = Path.Combine(root, "rules");
        Directory.CreateDirectory(Path.Combine(rules, "tests"));
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        foreach (var file in Directory.GetFiles(RepositoryFiles.RulesDirectory, "*.json"))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }

        File.Copy(RepositoryFiles.Seed("cauda-equina"), Path.Combine(root, "seeds", "cauda-equina.json"));
        File.WriteAllText(Path.Combine(rules, "tests", "pack.tests.json"), tests);
        return rules;
    }
}
