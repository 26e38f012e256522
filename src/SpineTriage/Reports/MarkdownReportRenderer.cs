using System.Text;
using SpineTriage.Reports.Rendering;
using SpineTriage.Rules;

namespace SpineTriage.Reports;

/// <summary>
/// Renders a <see cref="TriageReport"/> as readable Markdown with the disclaimer at the top. Every text from rules or the
/// case is escaped (<see cref="SafeText.Markdown"/>, <see cref="SafeText.MarkdownCode"/>), so it cannot become markup or HTML.
/// </summary>
public static class MarkdownReportRenderer
{
    /// <summary>Renders the report; the same report always gives the same text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Markdown text.</returns>
    public static string Render(TriageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append("# SpineTriage report\n\n");
        text.Append("> ").Append(SafeText.Markdown(report.Disclaimer)).Append("\n\n");
        if (report.RedFlags.Count > 0)
        {
            text.Append("## Red flags\n\n");
            AppendFindings(text, report.RedFlags);
        }

        foreach (var assessment in report.Assessments)
        {
            AppendAssessment(text, assessment);
        }

        text.Append("---\nRule set: ").Append(SafeText.MarkdownCode(report.RuleSetHash)).Append('\n');
        return text.ToString();
    }

    private static void AppendAssessment(StringBuilder text, AssessmentResult assessment)
    {
        text.Append("## ").Append(SafeText.Markdown(assessment.Title)).Append(": **").Append(SafeText.Markdown(VerdictText.Describe(assessment.Verdict))).Append("**\n\n");
        Section(text, "Reasons", assessment.Reasons);
        if (assessment.Missing.Count > 0)
        {
            text.Append("### Missing data that would change the verdict\n\n");
            foreach (var input in assessment.Missing)
            {
                text.Append("- ").Append(SafeText.MarkdownCode(input)).Append('\n');
            }

            text.Append('\n');
        }

        Section(text, "Warnings", assessment.Warnings);
        Section(text, "Notes", assessment.Notes);
        if (assessment.NextSteps.Count > 0)
        {
            text.Append("### Next steps\n\n");
            foreach (var step in assessment.NextSteps)
            {
                text.Append("- ").Append(SafeText.Markdown(step)).Append('\n');
            }

            text.Append('\n');
        }
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<RuleFinding> findings)
    {
        if (findings.Count > 0)
        {
            text.Append("### ").Append(title).Append("\n\n");
            AppendFindings(text, findings);
        }
    }

    private static void AppendFindings(StringBuilder text, IReadOnlyList<RuleFinding> findings)
    {
        foreach (var finding in findings)
        {
            text.Append("- ").Append(SafeText.Markdown(finding.Text)).Append(" (").Append(SafeText.MarkdownCode(finding.RuleName)).Append("; source: ")
                .Append(SafeText.Markdown(finding.Source)).Append("; evidence: ").Append(SafeText.Markdown(finding.Evidence)).Append(")\n");
        }

        text.Append('\n');
    }
}
