using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SpineTriage.CdsHooks;

/// <summary>Answers <c>POST /cds-services/{id}/feedback</c>: reads each entry and hands it to the host's <see cref="ICdsFeedbackSink"/>.</summary>
internal static class CdsFeedbackHandler
{
    public static async Task<IResult> HandleAsync(string id, HttpRequest request, ICdsFeedbackSink sink, IOptions<CdsHooksOptions> options, CancellationToken cancellationToken)
    {
        if (CdsServiceCatalog.HookOf(id) is null)
        {
            return Results.NotFound();
        }

        var limit = options.Value.MaxRequestBytes;
        if (await BoundedBody.ReadAsync(request, limit, cancellationToken) is not { } bytes)
        {
            return BoundedBody.TooLarge(limit);
        }

        List<CdsFeedback> entries;
        try
        {
            using var body = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
            entries = body.RootElement.GetProperty("feedback").EnumerateArray().Select(Read).ToList();
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Results.Content(OperationOutcomes.Of(Hl7.Fhir.Model.OperationOutcome.IssueType.Invalid, "The body must be {\"feedback\": [{\"card\", \"outcome\": \"accepted\" or \"overridden\", \"outcomeTimestamp\", …}]}."), OperationOutcomes.MediaType, statusCode: StatusCodes.Status400BadRequest);
        }

        foreach (var entry in entries)
        {
            await sink.RecordAsync(id, entry, cancellationToken);
        }

        return Results.Ok();
    }

    private static CdsFeedback Read(JsonElement entry)
    {
        var card = entry.GetProperty("card").GetString() ?? throw new FormatException("card");
        var outcome = entry.GetProperty("outcome").GetString();
        if (outcome is not ("accepted" or "overridden"))
        {
            throw new FormatException("outcome");
        }

        var accepted = entry.TryGetProperty("acceptedSuggestions", out var list) ? list.EnumerateArray().Select(s => s.GetProperty("id").GetString() ?? string.Empty).ToList() : [];
        var reason = entry.TryGetProperty("overrideReason", out var r) && r.TryGetProperty("reason", out var coding) && coding.TryGetProperty("code", out var code) ? code.GetString() : null;
        var when = entry.GetProperty("outcomeTimestamp").GetDateTimeOffset();
        return new CdsFeedback(card, outcome, accepted, reason, when);
    }
}
