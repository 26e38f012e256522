namespace SpineTriage.CdsHooks;

/// <summary>Records the feedback an EHR sends about cards (accepted, overridden). The host implements it; the default logs.</summary>
public interface ICdsFeedbackSink
{
    /// <summary>Records one feedback entry.</summary>
    /// <param name="serviceId">The service the card came from.</param>
    /// <param name="feedback">The entry.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted.</param>
    /// <returns>A task that completes when the entry is recorded.</returns>
    ValueTask RecordAsync(string serviceId, CdsFeedback feedback, CancellationToken cancellationToken);
}

/// <summary>One feedback entry: which card, what the clinician did, and when.</summary>
/// <param name="Card">The card's uuid.</param>
/// <param name="Outcome"><c>accepted</c> or <c>overridden</c>.</param>
/// <param name="AcceptedSuggestions">The uuids of the accepted suggestions.</param>
/// <param name="OverrideReasonCode">The override reason's code, if any (the free-text comment is not kept: it may hold patient data).</param>
/// <param name="OutcomeTimestamp">When the outcome happened (required by the specification).</param>
public sealed record CdsFeedback(string Card, string Outcome, IReadOnlyList<string> AcceptedSuggestions, string? OverrideReasonCode, DateTimeOffset OutcomeTimestamp);
