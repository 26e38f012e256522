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
        if (assessment.PossibleVerdicts.Count > 1)
        {
            text.Append("### Possible verdicts, depending on the missing data\n\n");
            foreach (var possible in assessment.PossibleVerdicts)
            {
                text.Append("- **").Append(SafeText.Markdown(VerdictText.Describe(possible.Verdict))).Append("**");
                text.Append(possible.Condition is { } condition ? " if " + SafeText.Markdown(condition) : string.Empty).Append('\n');
            }

            text.Append('\n');
        }

        if (assessment.ExactReasoningNote is { } note)
        {
            text.Append('_').Append(SafeText.Markdown(note)).Append("_\n\n");
        }

        Section(text, assessment.IsIncomplete ? "Findings so far" : "Reasons", assessment.Reasons);
        Inputs(text, "Missing data that decides the verdict", assessment.DecidingInputs);
        Inputs(text, "Missing data that would not change this verdict", [.. assessment.Missing.Except(assessment.DecidingInputs, StringComparer.Ordinal)]);

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

    private static void Inputs(StringBuilder text, string title, IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0)
        {
            return;
        }

        text.Append("### ").Append(title).Append("\n\n");
        foreach (var input in inputs)
        {
            text.Append("- ").Append(SafeText.MarkdownCode(input)).Append('\n');
        }

        text.Append('\n');
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
