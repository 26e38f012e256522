using Spectre.Console;
using SpineTriage.Cli.Evaluate;
using SpineTriage.Cli.Output;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Tests;

public sealed class TerminalReportRendererTests
{
    private static readonly TriageReport Report = new()
    {
        RuleSetHash = "sha256:abc",
        RedFlags = [new RuleFinding("RedFlag_CaudaEquina", "Possible cauda equina.", "AHCPR", "PRIMARY")],
        Assessments =
        [
            new AssessmentResult { Assessment = "fusion", Title = "Fusion", Verdict = "Urgent" },
            new AssessmentResult { Assessment = "biologic", Title = "Biologic", Verdict = "Incomplete", Missing = ["imaging.levels[0].annularFissureGrade"] },
        ],
    };

    [Theory]
    [InlineData("Urgent", nameof(Tone.Critical))]
    [InlineData("OptimizeFirst", nameof(Tone.Caution))]
    [InlineData("NotIndicated", nameof(Tone.Caution))]
    [InlineData("Incomplete", nameof(Tone.Attention))]
    [InlineData("Appropriate", nameof(Tone.Positive))]
    [InlineData("AlternativesFirst", nameof(Tone.Neutral))]
    public void Verdicts_are_coloured_by_severity(string verdict, string expected)
    {
        Assert.Equal(Enum.Parse<Tone>(expected), TerminalReportRenderer.ToneFor(verdict));
    }

    [Fact]
    public void Plain_output_has_no_escape_codes_and_puts_red_flags_before_assessments()
    {
        var output = new StringWriter();
        TerminalReportRenderer.Write(Report, new OutputWriter(output, TextWriter.Null));

        var text = output.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.True(text.IndexOf("RED FLAGS", StringComparison.Ordinal) < text.IndexOf("Fusion: Urgent", StringComparison.Ordinal));
        Assert.Contains("rule RedFlag_CaudaEquina · source: AHCPR", text, StringComparison.Ordinal);
        Assert.Contains("    - imaging.levels[0].annularFissureGrade\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Rule set sha256:abc\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Coloured_output_marks_the_urgent_verdict_red()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Out = new AnsiConsoleOutput(output),
        });

        TerminalReportRenderer.Write(Report, new OutputWriter(output, TextWriter.Null, console));

        Assert.Contains("\u001b[1;91mUrgent\u001b[0m", output.ToString(), StringComparison.Ordinal);
    }
}
