using SpineTriage.Reports;

namespace SpineTriage.Tests.Reports;

public sealed class MarkdownReportRendererTests
{
    private static readonly string Markdown = MarkdownReportRenderer.Render(SampleReports.Mixed());

    [Fact]
    public void The_disclaimer_comes_before_any_finding()
    {
        var disclaimer = Markdown.IndexOf(TriageReport.DefaultDisclaimer, StringComparison.Ordinal);

        Assert.InRange(disclaimer, 0, Markdown.IndexOf("## ", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_assessment_has_a_heading_with_its_verdict_in_words()
    {
        Assert.Contains("## Lumbar fusion appropriateness: **Optimize first**", Markdown, StringComparison.Ordinal);
        Assert.Contains("## Biologic disc repair candidacy: **Incomplete**", Markdown, StringComparison.Ordinal);
        Assert.Contains("## Revision surgery readiness: **Not applicable**", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_name_their_rule_source_and_evidence()
    {
        Assert.Contains("(`OptimizeFirst_NicotineExposure`; source: eviCore CMM-609; evidence: PRIMARY-copy)", Markdown, StringComparison.Ordinal);
        Assert.Contains("## Red flags", Markdown, StringComparison.Ordinal);
        Assert.Contains("- `imaging.Levels[0].DiscHeightPercent`", Markdown, StringComparison.Ordinal);
        Assert.Contains("### Next steps", Markdown, StringComparison.Ordinal);
        Assert.EndsWith("Rule set: `sha256:" + new string('a', 64) + "`\n", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        Assert.Equal(Markdown, MarkdownReportRenderer.Render(SampleReports.Mixed()));
    }
}
