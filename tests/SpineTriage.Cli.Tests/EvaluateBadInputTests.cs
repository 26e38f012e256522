namespace SpineTriage.Cli.Tests;

public sealed class EvaluateBadInputTests
{
    private static readonly string ReadySeed = RepositoryFiles.Seed("degenerative-spondylolisthesis-ready");

    [Fact]
    public void A_missing_case_file_is_named_and_exits_1()
    {
        var missing = Path.Combine(RepositoryFiles.NewScratchDirectory(), "nope.json");

        var run = CliRun.Of("evaluate", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: error SPX001: The case file does not exist", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Malformed_case_json_is_located_by_line_and_column()
    {
        var path = RepositoryFiles.WriteScratchFile("malformed.json", "{\n  \"patient\": {\n    \"age\": 63\n    \"sex\": \"female\"\n  }\n}\n");

        var run = CliRun.Of("evaluate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:4:5: error SPC001:", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_invalid_case_value_is_located_by_line_column_and_json_path()
    {
        var path = RepositoryFiles.WriteScratchFile("invalid.json", "{\n  \"patient\": {\n    \"age\": 300\n  }\n}\n");

        var run = CliRun.Of("evaluate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:3:12: error SPC100:", run.Error, StringComparison.Ordinal);
        Assert.Contains("[$.patient.age]", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_misspelled_case_property_gets_a_did_you_mean()
    {
        var path = RepositoryFiles.WriteScratchFile("typo.json", "{ \"patient\": { \"agee\": 63 } }");

        var run = CliRun.Of("evaluate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'age'", run.Error, StringComparison.Ordinal);
        Assert.Contains("[$.patient.agee]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rules_directory_is_named_and_exits_1()
    {
        var missing = Path.Combine(RepositoryFiles.NewScratchDirectory(), "no-rules");

        var run = CliRun.Of("evaluate", ReadySeed, "--rules", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: error SPX003:", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_rules_directory_with_a_broken_file_reports_the_file_path_and_location()
    {
        var directory = RepositoryFiles.NewScratchDirectory();
        File.WriteAllText(Path.Combine(directory, "broken.json"), "{\n  \"WorkflowName\": \"Broken\",\n  \"Rules\": [ }\n");

        var run = CliRun.Of("evaluate", ReadySeed, "--rules", directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine(directory, "broken.json") + ":3:", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was evaluated", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_unknown_threshold_name_is_refused_with_exit_1()
    {
        var run = CliRun.Of("evaluate", ReadySeed, "--threshold", "nicotineFreeWeeksMinn=8");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nicotineFreeWeeksMinn", run.Error, StringComparison.Ordinal);
        Assert.Contains("nicotineFreeWeeksMin'", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("spinetriage: error SPT030: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("nicotineFreeWeeksMin")]
    [InlineData("nicotineFreeWeeksMin=eight")]
    [InlineData("=8")]
    public void A_threshold_that_is_not_name_equals_number_is_a_usage_error(string token)
    {
        var run = CliRun.Of("evaluate", ReadySeed, "--threshold", token);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--threshold", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("evaluate", "--format", "pdf")]
    [InlineData("evaluate", "--colour")]
    [InlineData("evaluate")]
    [InlineData("evaluat")]
    [InlineData()]
    public void A_usage_error_exits_2_and_says_what_was_wrong(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("spinetriage: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
