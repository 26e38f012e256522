using System.Text.Json;
using SpineTriage.Reports.Rendering;

namespace SpineTriage.Reports;

/// <summary>Renders a <see cref="TriageReport"/> as JSON: <c>disclaimer</c>, <c>ruleSetHash</c>, <c>redFlags</c> and an <c>assessments</c> object keyed by assessment.</summary>
public static class ReportJsonRenderer
{
    /// <summary>Renders the report; the same report always gives the same text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Indented camelCase JSON.</returns>
    public static string Render(TriageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var assessments = new Dictionary<string, AssessmentResult>(StringComparer.Ordinal);
        foreach (var assessment in report.Assessments)
        {
            assessments[assessment.Assessment] = assessment;
        }

        var document = new ReportDocument(report.Disclaimer, report.RuleSetHash, report.RedFlags, assessments);
        return JsonSerializer.Serialize(document, ReportJsonContext.Default.ReportDocument);
    }
}
