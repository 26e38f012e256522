namespace SpineTriage.Cli.Tests;

public sealed class CliApplicationTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("evaluate", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("test", "--help")]
    [InlineData("rulebook", "--help")]
    public void Help_goes_to_standard_output_and_exits_0(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Evaluate_help_names_every_format_and_the_threshold_syntax()
    {
        var run = CliRun.Of("evaluate", "--help");

        Assert.Contains("--format", run.Output, StringComparison.Ordinal);
        Assert.Contains("cds-hooks", run.Output, StringComparison.Ordinal);
        Assert.Contains("--threshold <name=value>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--rules <DIR>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_gets_a_usage_error_with_exit_2()
    {
        var run = CliRun.Of("evalute", "case.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("evalute", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
