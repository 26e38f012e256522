using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Tests;

/// <summary>What one in-process run of the command line wrote and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, new OutputWriter(output, error));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string All => Output + Error;

    /// <summary>No stack trace frame ("   at Namespace.Type.Method") ever reaches the user.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", All, StringComparison.Ordinal);
    }
}
