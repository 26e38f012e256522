using System.Diagnostics;
using SpineTriage.Hostile;

namespace SpineTriage.Cli.Tests;

/// <summary>
/// Issue 12: the library under a hard heap limit (DOTNET_GCHeapHardLimit, 512 MiB) in a child process, over every hostile
/// rule file and case of the corpus: located errors, exit code 1, never "out of memory", a crash or a stack trace.
/// </summary>
public sealed class HeapLimitTests : IDisposable
{
    private const string HeapLimit = "0x20000000"; // 512 MiB, hexadecimal as the runtime reads it.
    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-heap-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_hostile_rule_file_is_a_located_error_under_a_512_MiB_heap()
    {
        var rules = Path.Combine(_directory, "rules");
        Directory.CreateDirectory(rules);
        foreach (var file in HostileRuleFiles.All)
        {
            file.WriteTo(rules);
        }

        var (exitCode, output, error) = RunUnderHeapLimit("validate", rules);

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{error}");
        AssertNoCrash(output + error);
        // The rule-set limit is one error for all files together, located at the largest workflow.
        foreach (var file in HostileRuleFiles.All.Where(f => f.Name != "injection-rule-set-fan-out.json"))
        {
            Assert.Contains($"{Path.Combine(rules, file.Name)}:", output, StringComparison.Ordinal);
            Assert.Matches($@"{Path.Combine(rules, file.Name).Replace(".", @"\.", StringComparison.Ordinal)}:\d+:\d+: error {file.ExpectedCode}: ", output);
        }

        Assert.Contains("RuleLimits.MaxRulesPerRuleSet", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hostile_case_file_is_a_located_error_under_a_512_MiB_heap()
    {
        var paths = HostileCaseFiles.All.Select(f => f.WriteTo(_directory)).ToArray();

        var (exitCode, output, error) = RunUnderHeapLimit(["evaluate", .. paths]);

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{error}");
        AssertNoCrash(output + error);
        foreach (var (file, path) in HostileCaseFiles.All.Zip(paths))
        {
            Assert.Contains($"{path}:{file.Location}: error {file.ExpectedCode}: ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_hostile_cohort_line_is_an_error_row_under_a_512_MiB_heap()
    {
        var cohort = Path.Combine(_directory, "cohort.jsonl");
        File.WriteAllLines(cohort, HostileCaseFiles.CohortLines.Select(l => l.Line));
        var results = Path.Combine(_directory, "results.csv");

        var (exitCode, output, error) = RunUnderHeapLimit("audit", cohort, "--out", results);

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{error}");
        AssertNoCrash(output + error);
        Assert.All(File.ReadAllLines(results).Skip(1), row => Assert.Equal("error", row.Split(',')[2]));
        Assert.Equal(HostileCaseFiles.CohortLines.Count, File.ReadAllLines(results).Length - 1);
    }

    private static void AssertNoCrash(string text)
    {
        Assert.DoesNotContain("out of memory", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("internal error", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) RunUnderHeapLimit(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SpineTriage.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"spinetriage {string.Join(' ', args)} did not finish within 120 s under a {HeapLimit} heap.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
