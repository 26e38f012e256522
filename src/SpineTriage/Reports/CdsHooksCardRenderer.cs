using System.Globalization;
using System.Text;
using System.Text.Json;
using SpineTriage.Reports.Rendering;
using SpineTriage.Rules;

namespace SpineTriage.Reports;

/// <summary>
/// Renders a <see cref="TriageReport"/> as a CDS Hooks response <c>{"cards": [...]}</c>: one critical card per red
/// flag, then one card per assessment (Urgent → critical, NotIndicated and OptimizeFirst → warning, otherwise
/// info). Summaries stay under 140 characters; details are Markdown naming each rule and its source.
/// </summary>
public static class CdsHooksCardRenderer
{
    /// <summary>The longest summary written (the specification asks for under 140 characters).</summary>
    public const int MaxSummaryLength = 139;

    private const string SourceLabel = "SpineTriage (decision support, not diagnosis)";
    private const string TopicSystem = "https://spinetriage.dev/cds-topic";

    /// <summary>Renders the report's cards; the same report always gives the same text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The CDS Hooks response JSON.</returns>
    public static string Render(TriageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cards = new List<CdsHooksCard>();
        foreach (var flag in report.RedFlags)
        {
            var detail = $"{SafeText.Markdown(flag.Text)}\n\n- Rule: {SafeText.MarkdownCode(flag.RuleName)}\n- Source: {SafeText.Markdown(flag.Source)}\n- Evidence: {SafeText.Markdown(flag.Evidence)}\n\n_{SafeText.Markdown(report.Disclaimer)}_";
            cards.Add(new CdsHooksCard(Summarize($"Red flag: {flag.Text}"), "critical", new CdsHooksSource(SourceLabel, null), detail));
        }

        foreach (var assessment in report.Assessments)
        {
            cards.Add(AssessmentCard(assessment, report));
        }

        return JsonSerializer.Serialize(new CdsHooksResponse(cards), ReportJsonContext.Default.CdsHooksResponse);
    }

    /// <summary>Maps a verdict to a CDS Hooks indicator.</summary>
    /// <param name="verdict">The verdict name.</param>
    /// <returns><c>critical</c>, <c>warning</c> or <c>info</c>.</returns>
    public static string IndicatorFor(string verdict) => verdict switch
    {
        "Urgent" => "critical",
        "NotIndicated" or "OptimizeFirst" or AssessmentResult.RuleErrorVerdict => "warning",
        _ => "info",
    };

    /// <summary>Shortens text to at most <see cref="MaxSummaryLength"/> characters without splitting a surrogate pair, ending with an ellipsis when cut.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The summary.</returns>
    public static string Summarize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var oneLine = string.Join(' ', SafeText.Visible(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= MaxSummaryLength)
        {
            return oneLine;
        }

        var cut = MaxSummaryLength - 1;
        if (char.IsLowSurrogate(oneLine[cut]))
        {
            cut--;
        }

        return oneLine[..cut].TrimEnd() + "…";
    }

    private static CdsHooksCard AssessmentCard(AssessmentResult assessment, TriageReport report)
    {
        var verdict = VerdictText.Describe(assessment.Verdict);
        var lead = assessment.Reasons.Count > 0 ? assessment.Reasons[0].Text
            : assessment.Missing.Count > 0 ? $"document {assessment.Missing[0]}" : string.Empty;
        var summary = Summarize(lead.Length > 0 ? $"{assessment.Title}: {verdict} — {lead}" : $"{assessment.Title}: {verdict}");
        var topic = new CdsHooksCoding(TopicSystem, assessment.Assessment, assessment.Title);
        return new CdsHooksCard(summary, IndicatorFor(assessment.Verdict), new CdsHooksSource(SourceLabel, topic), Detail(assessment, report));
    }

    private static string Detail(AssessmentResult assessment, TriageReport report)
    {
        var text = new StringBuilder();
        // detail is Markdown that EHRs render (often to HTML): every text from rules or the case is escaped.
        text.Append("**").Append(SafeText.Markdown(assessment.Title)).Append(": ").Append(SafeText.Markdown(VerdictText.Describe(assessment.Verdict))).Append("**\n\n");
        foreach (var reason in assessment.Reasons)
        {
            text.Append("- ").Append(SafeText.Markdown(reason.Text)).Append(" (").Append(SafeText.MarkdownCode(reason.RuleName)).Append("; source: ").Append(SafeText.Markdown(reason.Source))
                .Append("; evidence: ").Append(SafeText.Markdown(reason.Evidence)).Append(")\n");
        }

        foreach (var input in assessment.Missing)
        {
            text.Append("- Missing: ").Append(SafeText.MarkdownCode(input)).Append('\n');
        }

        foreach (var warning in assessment.Warnings)
        {
            text.Append("- Warning: ").Append(SafeText.Markdown(warning.Text)).Append(" (").Append(SafeText.MarkdownCode(warning.RuleName)).Append("; source: ").Append(SafeText.Markdown(warning.Source)).Append(")\n");
        }

        foreach (var note in assessment.Notes)
        {
            text.Append("- Note: ").Append(SafeText.Markdown(note.Text)).Append(" (").Append(SafeText.MarkdownCode(note.RuleName)).Append("; source: ").Append(SafeText.Markdown(note.Source)).Append(")\n");
        }

        foreach (var step in assessment.NextSteps)
        {
            text.Append("- Next step: ").Append(SafeText.Markdown(step)).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"\nRule set {SafeText.MarkdownCode(report.RuleSetHash)}.\n\n_{SafeText.Markdown(report.Disclaimer)}_");
        return text.ToString();
    }
}
