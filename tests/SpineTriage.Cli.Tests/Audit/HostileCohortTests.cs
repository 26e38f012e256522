using System.Diagnostics;
using SpineTriage.Hostile;

namespace SpineTriage.Cli.Tests.Audit;

// Issue 12, item 5: the audit never overwrites its cohort, and nothing on a cohort line is ignored.
public sealed class HostileCohortTests
{
    public static TheoryData<string> OutputsNamingTheCohort => ["same path", "relative path", "symbolic link", "hard link"];

    [Theory]
    [MemberData(nameof(OutputsNamingTheCohort))]
    public void An_output_that_is_the_cohort_is_refused_and_the_cohort_is_untouched(string how)
    {
        var cohort = Cohorts.Write(Cohorts.SeedLine("cauda-equina"), Cohorts.SeedLine("missing-data"));
        var before = File.ReadAllBytes(cohort);
        var output = how switch
        {
            "same path" => cohort,
            "relative path" => Path.GetRelativePath(Environment.CurrentDirectory, cohort),
            "symbolic link" => File.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(cohort)!, "results.jsonl"), cohort).FullName,
            _ => HardLink(cohort),
        };

        var run = CliRun.Of("audit", cohort, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SPX022: The results file is the cohort file itself", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(cohort));
    }

    [Fact]
    public void Every_line_with_more_than_one_case_or_a_repeated_key_is_an_error_row()
    {
        var lines = HostileCaseFiles.CohortLines;
        var cohort = Cohorts.Write([Cohorts.SeedLine("cauda-equina"), .. lines.Select(l => l.Line), Cohorts.SeedLine("missing-data")]);
        var results = Cohorts.ResultsPath(".csv");

        var run = CliRun.Of("audit", cohort, "--out", results);

        Assert.Equal(1, run.ExitCode);
        var rows = Cohorts.CsvRows(results);
        Assert.Equal(lines.Count + 2, rows.Length);
        Assert.Equal("ok", rows[0].Split(',')[2]);
        Assert.Equal("ok", rows[^1].Split(',')[2]);
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.True(rows[i + 1].Split(',')[2] == "error", $"{lines[i].Name}: {rows[i + 1]}");
            Assert.Contains($"{cohort}:{i + 2}: error SPX020: ", run.Error, StringComparison.Ordinal);
            Assert.Contains(lines[i].Message, rows[i + 1].Replace("\"\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_line_with_bytes_that_are_not_utf8_is_an_error_row_naming_the_byte_not_an_id_with_replacement_characters()
    {
        // Issue 12, item 11: the id "a\xFF\xFEb" became "a\uFFFD\uFFFDb" silently, and the case was evaluated.
        var good = System.Text.Encoding.UTF8.GetBytes(Cohorts.SeedLine("missing-data") + "\n");
        byte[] bad = [.. "{\"id\":\"a"u8, 0xFF, 0xFE, .. "b\",\"case\":{\"patient\":{\"age\":50}}}\n"u8];
        var cohort = RepositoryFiles.WriteScratchFile("not-utf8.jsonl", "");
        File.WriteAllBytes(cohort, [.. good, .. bad, .. good]);
        var results = Cohorts.ResultsPath(".csv");

        var run = CliRun.Of("audit", cohort, "--out", results);

        Assert.Equal(1, run.ExitCode);
        var rows = Cohorts.CsvRows(results);
        Assert.Equal(["ok", "error", "ok"], rows.Select(r => r.Split(',')[2]));
        Assert.Contains("$ (column 9): Byte 0xFF is not UTF-8", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", rows[1], StringComparison.Ordinal);
    }

    private static string HardLink(string target)
    {
        var link = Path.Combine(Path.GetDirectoryName(target)!, "hard.jsonl");
        using var ln = Process.Start(new ProcessStartInfo("ln", [target, link]) { UseShellExecute = false })!;
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
        return link;
    }
}
