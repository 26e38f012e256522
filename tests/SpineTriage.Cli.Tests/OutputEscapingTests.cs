using SpineTriage.Cli.Evaluate;
using SpineTriage.Cli.Output;
using SpineTriage.Cli.Tests.Audit;
using SpineTriage.Hostile;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Tests;

// Issue 12, item 7: the terminal, diagnostics and CSV results show control and direction characters as escapes.
public sealed class OutputEscapingTests
{
    public static TheoryData<string> Texts => [.. HostileRuleFiles.MarkupAndControlTexts];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_terminal_report_shows_control_characters_as_escapes(string text)
    {
        var report = new TriageReport
        {
            RuleSetHash = "sha256:0",
            RedFlags = [new RuleFinding("RedFlag_X", text, text, text)],
            Assessments = [new AssessmentResult { Assessment = "fusion", Title = text, Verdict = "Urgent", NextSteps = [text], Missing = [text] }],
        };
        var output = new StringWriter();

        TerminalReportRenderer.Write(report, new OutputWriter(output, new StringWriter()));

        Assert.DoesNotContain(output.ToString(), c => c is '\u001b' or '\u0007' or '\u202E');
        Assert.DoesNotContain("\n# Injected", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_clears_the_screen_is_shown_escaped_in_a_diagnostic()
    {
        var directory = RepositoryFiles.NewScratchDirectory();
        var path = Path.Combine(directory, "case\u001b[2J\u202E.json");
        File.WriteAllText(path, "{\"patient\":{\"age\":500}}");

        var run = CliRun.Of("evaluate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.All, c => c is '\u001b' or '\u202E');
        Assert.Contains("case\\u001B[2J\\u202E.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ids_keep_no_escape_nul_or_direction_characters()
    {
        var id = "MRN\u001b[2J\u0000\u202E1";
        var cohort = Cohorts.Write("{\"id\":" + System.Text.Json.JsonSerializer.Serialize(id) + ",\"case\":" + Cohorts.SeedLine("cauda-equina") + "}");
        var results = Cohorts.ResultsPath(".csv");

        var run = CliRun.Of("audit", cohort, "--out", results);

        Assert.Equal(0, run.ExitCode);
        var row = Assert.Single(Cohorts.CsvRows(results));
        Assert.DoesNotContain(row, c => c is '\u001b' or '\0' or '\u202E');
        Assert.StartsWith("1,MRN\\u001B[2J\\u0000\\u202E1,ok,", row, StringComparison.Ordinal);
    }
}
