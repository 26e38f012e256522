using Microsoft.Extensions.Logging;

namespace SpineTriage.CdsHooks;

/// <summary>The default feedback sink: one log line per entry with the card id, the outcome and the override code (no patient data).</summary>
internal sealed partial class LoggingCdsFeedbackSink(ILogger<LoggingCdsFeedbackSink> logger) : ICdsFeedbackSink
{
    public ValueTask RecordAsync(string serviceId, CdsFeedback feedback, CancellationToken cancellationToken)
    {
        LogFeedback(logger, serviceId, feedback.Card, feedback.Outcome, feedback.OverrideReasonCode, feedback.AcceptedSuggestions.Count);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "CDS feedback for {ServiceId}: card {Card} {Outcome} (override reason {OverrideReason}, {Accepted} suggestions accepted).")]
    private static partial void LogFeedback(ILogger logger, string serviceId, string card, string outcome, string? overrideReason, int accepted);
}
