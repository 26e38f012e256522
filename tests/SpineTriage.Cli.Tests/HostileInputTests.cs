using SpineTriage.Hostile;

namespace SpineTriage.Cli.Tests;

// Issue 12, item 2: the command line reads rule and case files through the library's one bounded reader.
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-cli-hostile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(HostileFileKind.LinkToDevZero, "character device")]
    [InlineData(HostileFileKind.Fifo, "FIFO")]
    [InlineData(HostileFileKind.LinkLoop, "link loop")]
    [InlineData(HostileFileKind.BrokenLink, "broken symbolic link")]
    public void Validate_and_evaluate_report_a_rule_file_that_is_not_regular_with_its_path(HostileFileKind kind, string message)
    {
        var rules = Path.Combine(_directory, "rules");
        Directory.CreateDirectory(rules);
        foreach (var file in Directory.GetFiles(RepositoryFiles.RulesDirectory, "*.json"))
        {
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        }

        var path = new HostileFile("z.json", "SPR004", kind).WriteTo(rules);

        var validateDirectory = BoundedRun.Within(Bound, "validate DIR", () => CliRun.Of("validate", rules));
        var validateFile = BoundedRun.Within(Bound, "validate FILE", () => CliRun.Of("validate", path));
        var evaluate = BoundedRun.Within(Bound, "evaluate --rules", () => CliRun.Of("evaluate", RepositoryFiles.Seed("cauda-equina"), "--rules", rules));

        foreach (var run in new[] { validateDirectory, validateFile, evaluate })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{path}:1:1: error SPR004: ", run.All, StringComparison.Ordinal);
            Assert.Contains(message, run.All, StringComparison.Ordinal);
            run.AssertNoStackTrace();
        }
    }

    [Fact]
    public void Evaluate_reports_every_hostile_case_file_and_hangs_on_none()
    {
        var paths = HostileCaseFiles.All.Select(f => f.WriteTo(_directory)).ToArray();

        var run = BoundedRun.Within(Bound, "evaluate", () => CliRun.Of(["evaluate", .. paths]));

        Assert.Equal(1, run.ExitCode);
        foreach (var (file, path) in HostileCaseFiles.All.Zip(paths))
        {
            Assert.Contains($"{path}:{file.Location}: error {file.ExpectedCode}: ", run.Error, StringComparison.Ordinal);
        }

        run.AssertNoStackTrace();
    }
}
