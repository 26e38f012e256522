using System.Diagnostics;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Tests;

/// <summary>The built tool, run as a process with <c>dotnet</c>: exit code, stdout and stderr as a user sees them.</summary>
public sealed class ToolEndToEndTests
{
    [Fact]
    public void The_built_tool_writes_plain_text_without_escape_codes_when_redirected()
    {
        var (exitCode, output, _) = RunTool("evaluate", RepositoryFiles.Seed("cauda-equina"));

        Assert.Equal(0, exitCode);
        Assert.Contains("RED FLAGS", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
    }

    /// <summary>
    /// The built tool evaluates a seed case as JSON with redirected output: exit code 0, nothing on standard error, and the
    /// report the library gives, byte for byte, twice. One seed in the plain run (missing data: possible verdicts and their
    /// conditions), four at depth, plus the seed whose fusion is appropriate; each seed costs two process starts.
    /// </summary>
    [Fact]
    public void Two_processes_and_the_library_in_this_process_give_byte_identical_json_reports()
    {
        string[] names = TestDepth.IsDeep ? ["cauda-equina", "missing-data", "annular-tear-after-structured-care", "revision-osteoporosis", "degenerative-spondylolisthesis-ready"] : ["missing-data"];
        var seeds = names.Select(RepositoryFiles.Seed).ToArray();
        var engine = TriageEngine.Create();
        var inProcess = seeds.Select(seed => ReportJsonRenderer.Render(engine.Evaluate(File.ReadAllText(seed)))).ToArray();

        foreach (var (seed, expected) in seeds.Zip(inProcess))
        {
            var first = RunTool("evaluate", seed, "--format", "json");
            var second = RunTool("evaluate", seed, "--format", "json");

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(string.Empty, first.Error);
            Assert.Equal(first.Output, second.Output);
            Assert.Equal(expected.TrimEnd(), first.Output.TrimEnd());
        }
    }

    private static (int ExitCode, string Output, string Error) RunTool(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SpineTriage.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the tool did not finish within 60 s");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
