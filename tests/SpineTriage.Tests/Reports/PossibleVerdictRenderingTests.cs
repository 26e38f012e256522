using System.Text.Json;
using SpineTriage.Reports;
using SpineTriage.Reports.Rendering;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Reports;

/// <summary>An Incomplete verdict's possible verdicts, conditions and deciding inputs in every rendering.</summary>
public sealed class PossibleVerdictRenderingTests
{
    /// <summary>Dynamic instability with every gate met but imaging concordance undocumented: NeedsWorkup or Appropriate.</summary>
    private static readonly TriageReport Report = TestCases.DefaultEngine.Evaluate(
        TestCases.FusionIndicated with { Symptoms = TestCases.FusionIndicated.Symptoms! with { ImagingConcordant = null } });

    [Fact]
    public void Json_has_possible_verdicts_with_conditions_and_deciding_inputs()
    {
        var fusion = JsonDocument.Parse(ReportJsonRenderer.Render(Report)).RootElement.GetProperty("assessments").GetProperty("fusion");

        Assert.Equal("Incomplete", fusion.GetProperty("verdict").GetString());
        var possible = fusion.GetProperty("possibleVerdicts").EnumerateArray()
            .Select(p => (p.GetProperty("verdict").GetString(), p.GetProperty("condition").GetString())).ToList();
        Assert.Equal([("NeedsWorkup", "imaging concordant is false"), ("Appropriate", "imaging concordant is true")], possible);
        Assert.Equal(["symptoms.imagingConcordant"], fusion.GetProperty("decidingInputs").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Markdown_lists_the_possible_verdicts_the_findings_so_far_and_the_deciding_input()
    {
        var markdown = MarkdownReportRenderer.Render(Report);

        Assert.Contains("### Possible verdicts, depending on the missing data\n\n- **", markdown, StringComparison.Ordinal);
        Assert.Contains("** if imaging concordant is false\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### Findings so far", markdown, StringComparison.Ordinal);
        Assert.Contains("### Missing data that decides the verdict\n\n- `symptoms.imagingConcordant`\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_of_an_incomplete_verdict_names_the_leading_possibility_and_what_decides_it()
    {
        var cards = JsonDocument.Parse(CdsHooksCardRenderer.Render(Report)).RootElement.GetProperty("cards");
        var fusion = cards.EnumerateArray().First(c => c.GetProperty("source").GetProperty("topic").GetProperty("code").GetString() == "fusion");

        var summary = fusion.GetProperty("summary").GetString()!;
        Assert.Contains(VerdictText.Describe("NeedsWorkup") + " possible, decided by symptoms.imagingConcordant", summary, StringComparison.Ordinal);
        Assert.True(summary.Length < 140, summary);
        var detail = fusion.GetProperty("detail").GetString()!;
        Assert.Contains("- Possible: **" + VerdictText.Describe("Appropriate") + "** if imaging concordant is true\n", detail, StringComparison.Ordinal);
        Assert.Contains("- Missing, decides the verdict: `symptoms.imagingConcordant`\n", detail, StringComparison.Ordinal);
    }
}
