using System.Globalization;
using System.Text;
using System.Text.Json;
using SpineTriage.Reports.Rendering;
using SpineTriage.Rules;

namespace SpineTriage.Reports;

/// <summary>
/// Renders a <see cref="TriageReport"/> as a CDS Hooks response <c>{"cards": [...]}</c>: one critical card per red
/// flag, then one card per assessment (Urgent → critical, NotIndicated and OptimizeFirst → warning, otherwise
/// info). Summaries stay under 140 characters, cut at a word; a card's <c>source</c> is the first citation of its
/// leading reason (label and URL); details are Markdown naming each rule with its full citations and evidence.
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
            var detail = $"{SafeText.Markdown(flag.Text)}\n\n- Rule: {SafeText.MarkdownCode(flag.RuleName)}\n- Source: {SafeText.Markdown(flag.Source)}\n- Evidence: {SafeText.Markdown(flag.Evidence)}\n\n_{SourceLabel}. {SafeText.Markdown(report.Disclaimer)}_";
            cards.Add(new CdsHooksCard(Summarize($"Red flag: {flag.Text}"), "critical", SourceOf(flag, null), detail));
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

    /// <summary>
    /// Shortens text to at most <see cref="MaxSummaryLength"/> characters, ending with an ellipsis when cut: at the
    /// last space that fits (trailing punctuation dropped), or, for a single word longer than that, at a character
    /// boundary that does not split a surrogate pair.
    /// </summary>
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

        var room = MaxSummaryLength - 1;
        var space = oneLine.LastIndexOf(' ', room);
        if (space > 0)
        {
            return oneLine[..space].TrimEnd(' ', ',', ';', ':', '—', '–', '-', '(') + "…";
        }

        var cut = char.IsLowSurrogate(oneLine[room]) ? room - 1 : room;
        return oneLine[..cut] + "…";
    }

    private static CdsHooksCard AssessmentCard(AssessmentResult assessment, TriageReport report)
    {
        var verdict = VerdictText.Describe(assessment.Verdict);
        var lead = assessment.IsIncomplete && assessment.PossibleVerdicts.Count > 0 ? Open(assessment)
            : assessment.Reasons.Count > 0 ? assessment.Reasons[0].Text
            : string.Empty;
        var summary = Summarize(lead.Length > 0 ? $"{assessment.Title}: {verdict} — {lead}" : $"{assessment.Title}: {verdict}");
        var topic = new CdsHooksCoding(TopicSystem, assessment.Assessment, assessment.Title);
        var leadReason = assessment.Reasons.Count > 0 ? assessment.Reasons[0] : null;
        return new CdsHooksCard(summary, IndicatorFor(assessment.Verdict), SourceOf(leadReason, topic), Detail(assessment, report));
    }

    /// <summary>The first citation of the finding (label and URL), or SpineTriage itself when the finding cites none.</summary>
    private static CdsHooksSource SourceOf(RuleFinding? finding, CdsHooksCoding? topic) =>
        finding is { Citations: [var first, ..] } ? new CdsHooksSource(first.Label, first.Url, topic) : new CdsHooksSource(SourceLabel, null, topic);

    /// <summary>An Incomplete verdict's lead: the most precedent possible verdict and the input that decides it.</summary>
    private static string Open(AssessmentResult assessment)
    {
        var leading = VerdictText.Describe(assessment.PossibleVerdicts[0].Verdict);
        var decidedBy = assessment.DecidingInputs.Count switch
        {
            0 => string.Empty,
            1 => $", decided by {assessment.DecidingInputs[0]}",
            _ => $", decided by {assessment.DecidingInputs[0]} and {assessment.DecidingInputs.Count - 1} more",
        };
        return $"{leading} possible{decidedBy}";
    }

    private static string Detail(AssessmentResult assessment, TriageReport report)
    {
        var text = new StringBuilder();
        // detail is Markdown that EHRs render (often to HTML): every text from rules or the case is escaped.
        text.Append("**").Append(SafeText.Markdown(assessment.Title)).Append(": ").Append(SafeText.Markdown(VerdictText.Describe(assessment.Verdict))).Append("**\n\n");
        if (assessment.PossibleVerdicts.Count > 1)
        {
            foreach (var possible in assessment.PossibleVerdicts)
            {
                text.Append("- Possible: **").Append(SafeText.Markdown(VerdictText.Describe(possible.Verdict))).Append("**")
                    .Append(possible.Condition is { } condition ? " if " + SafeText.Markdown(condition) : string.Empty).Append('\n');
            }
        }

        if (assessment.ExactReasoningNote is { } exactNote)
        {
            text.Append("- ").Append(SafeText.Markdown(exactNote)).Append('\n');
        }

        foreach (var reason in assessment.Reasons)
        {
            text.Append("- ").Append(SafeText.Markdown(reason.Text)).Append(" (").Append(SafeText.MarkdownCode(reason.RuleName)).Append("; source: ").Append(SafeText.Markdown(reason.Source))
                .Append("; evidence: ").Append(SafeText.Markdown(reason.Evidence)).Append(")\n");
        }

        foreach (var input in assessment.DecidingInputs)
        {
            text.Append("- Missing, decides the verdict: ").Append(SafeText.MarkdownCode(input)).Append('\n');
        }

        foreach (var input in assessment.Missing.Except(assessment.DecidingInputs, StringComparer.Ordinal))
        {
            text.Append("- Missing, would not change this verdict: ").Append(SafeText.MarkdownCode(input)).Append('\n');
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

        text.Append(CultureInfo.InvariantCulture, $"\nRule set {SafeText.MarkdownCode(report.RuleSetHash)}.\n\n_{SourceLabel}. {SafeText.Markdown(report.Disclaimer)}_");
        return text.ToString();
    }
}
