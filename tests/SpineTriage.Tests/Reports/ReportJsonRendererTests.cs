using System.Text.Json;
using SpineTriage.Reports;

namespace SpineTriage.Tests.Reports;

public sealed class ReportJsonRendererTests
{
    [Fact]
    public void Assessments_are_an_object_keyed_by_assessment_with_verdict_and_missing()
    {
        using var document = JsonDocument.Parse(ReportJsonRenderer.Render(SampleReports.Mixed()));
        var assessments = document.RootElement.GetProperty("assessments");

        Assert.Equal(["fusion", "biologic", "revision"], assessments.EnumerateObject().Select(p => p.Name));
        Assert.Equal("OptimizeFirst", assessments.GetProperty("fusion").GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Array, assessments.GetProperty("fusion").GetProperty("missing").ValueKind);
        Assert.Equal("imaging.Levels[0].DiscHeightPercent", assessments.GetProperty("biologic").GetProperty("missing")[0].GetString());
        Assert.True(assessments.GetProperty("biologic").GetProperty("isIncomplete").GetBoolean());
    }

    [Fact]
    public void Report_level_fields_are_present()
    {
        using var document = JsonDocument.Parse(ReportJsonRenderer.Render(SampleReports.Mixed()));
        var root = document.RootElement;

        Assert.Equal(TriageReport.DefaultDisclaimer, root.GetProperty("disclaimer").GetString());
        Assert.StartsWith("sha256:", root.GetProperty("ruleSetHash").GetString(), StringComparison.Ordinal);
        Assert.Equal("RedFlag_CaudaEquina", root.GetProperty("redFlags")[0].GetProperty("ruleName").GetString());
        Assert.Equal("eviCore CMM-609", root.GetProperty("assessments").GetProperty("fusion").GetProperty("reasons")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        Assert.Equal(ReportJsonRenderer.Render(SampleReports.Mixed()), ReportJsonRenderer.Render(SampleReports.Mixed()));
    }
}
