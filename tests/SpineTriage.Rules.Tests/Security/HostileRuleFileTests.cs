using SpineTriage.Hostile;
using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Security;

// Issue 12: rule files that attack the loader (not regular, fan-out, placeholder bombs) are located errors in bounded time.
public sealed class HostileRuleFileTests : IDisposable
{
    /// <summary>
    /// The one time bound: generous enough that only a hang or a blow-up fails it, never a loaded machine. Each file loads
    /// in about a second alone on two cores, and took 21 s beside the deep run's other tests (5,000 broken rules), so a
    /// tight bound was a flake; a scan that is quadratic in the file's length, the blow-up these files exist to catch
    /// (two million unclosed <c>$(</c>, 600,000 placeholders), would take far longer than this (two million starts, each scanning up to
    /// four million characters: trillions of steps). It stays well under the hang watchdog's five minutes, so the failure names the file.
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);
    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-hostile-").FullName;

    public static TheoryData<string> Names => [.. HostileRuleFiles.All.Select(f => f.Name)];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hostile_rule_file_is_a_located_error_not_a_crash_or_a_hang(string name)
    {
        var file = HostileRuleFiles.Named(name);
        var path = file.WriteTo(_directory);
        var load = BoundedRun.Within(Bound, $"Loading {name}", () => RuleSet.TryLoad([RuleSource.FromFile(path, name, new RuleLimits().MaxFileBytes)], TwentyRuleWorkload.Options()));

        var errors = load.Problems.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(errors, e => e.Code == file.ExpectedCode);
        Assert.All(errors, e => Assert.True(e.File == name && e.Line > 0 && e.Column > 0 && e.JsonPath is not null, e.ToString()));
        Assert.True(errors.Count <= DiagnosticList.MaxKept + 1, $"{errors.Count} errors for one file.");
    }

    [Fact]
    public void A_directory_of_every_hostile_file_lists_each_files_error()
    {
        foreach (var file in HostileRuleFiles.All)
        {
            file.WriteTo(_directory);
        }

        var thrown = BoundedRun.Within(Bound, "Loading the directory", () => Assert.Throws<RuleLoadException>(() => RuleSet.LoadDirectory(_directory, TwentyRuleWorkload.Options())));

        // The rule-set limit is one error for the whole set, located at its largest workflow (here in another file).
        var unanswered = HostileRuleFiles.All.Where(f => !thrown.Problems.Any(d => d.Code == f.ExpectedCode && Path.GetFileName(d.File) == f.Name));
        Assert.Equal(["injection-rule-set-fan-out.json"], unanswered.Select(f => f.Name));
        Assert.Contains(thrown.Problems, d => d.Code == "SPR113" && d.Message.Contains("RuleLimits.MaxRulesPerRuleSet", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_file_reports_a_missing_file_as_a_located_error()
    {
        var path = Path.Combine(_directory, "absent.json");

        var error = Assert.Single(Assert.Throws<RuleLoadException>(() => RuleSet.LoadFile(path, TwentyRuleWorkload.Options())).Problems);

        Assert.Equal(("SPR004", path, 1, 1, "$"), (error.Code, error.File, error.Line, error.Column, error.JsonPath));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
