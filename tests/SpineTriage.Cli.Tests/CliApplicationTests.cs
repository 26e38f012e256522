using SpineTriage.Cli.Output;

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

    [Fact]
    public void A_write_that_the_system_refuses_is_an_io_error_with_exit_4_not_an_internal_error()
    {
        // Issue 12, item 11: `evaluate > /dev/full` said "internal error … bug".
        var error = new StringWriter();
        var exitCode = CliApplication.Run(["evaluate", RepositoryFiles.Seed("acute-uncomplicated-back-pain")], new OutputWriter(new FullDiskWriter(), error));

        Assert.Equal(ExitCodes.IoError, exitCode);
        Assert.Contains("spinetriage: I/O error (IOException): No space left on device", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("bug", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1073741824")]
    [InlineData("257")]
    [InlineData("0")]
    public void Audit_workers_out_of_range_is_a_usage_error_not_an_overflow(string workers)
    {
        // Issue 12, item 11: `audit --workers 1073741824` overflowed 2 * workers into an "internal error".
        var run = CliRun.Of("audit", "cohort.jsonl", "--workers", workers);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--workers must be from 1 to 256.", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("abc", "audit", "cohort.jsonl", "--workers", "abc")]
    [InlineData("99999999999", "audit", "cohort.jsonl", "--workers", "99999999999")]
    [InlineData("0.5", "audit", "cohort.jsonl", "--progress-seconds", "0.5")]
    [InlineData("abc", "cohort", "generate", "abc", "--out", "cohort.jsonl")]
    public void A_number_option_given_no_number_is_a_usage_error_not_a_stack_trace(string token, params string[] args)
    {
        // `audit --progress-seconds 0.5` threw InvalidOperationException from the option's range check, with a stack trace.
        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"Cannot parse argument '{token}'", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    /// <summary>Standard output on a full disk: every write fails as the system's does.</summary>
    private sealed class FullDiskWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
