using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineTriage.Reports;

namespace SpineTriage.CdsHooks;

/// <summary>
/// Answers <c>POST /cds-services/{id}</c>: reads the prefetch, maps it to a case, evaluates it and returns the cards. No
/// patient data reaches the log: only the service, counts and verdicts.
/// </summary>
internal static partial class CdsServiceHandler
{
    public static async Task<IResult> HandleAsync(string id, HttpRequest request, ITriageEngine engine, IOptions<CdsHooksOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("SpineTriage.CdsHooks");
        if (CdsServiceCatalog.HookOf(id) is not { } hook)
        {
            return Results.NotFound();
        }

        var limit = options.Value.MaxRequestBytes;
        if (await BoundedBody.ReadAsync(request, limit, cancellationToken) is not { } bytes)
        {
            return BoundedBody.TooLarge(limit);
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure, "The request body is not valid JSON.");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("hook", out var hookElement) || hookElement.GetString() != hook)
            {
                return Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, $"The request must be a CDS Hooks request for the hook '{hook}'.");
            }

            if (hook != "patient-view" && !OrdersFusion(root, options.Value.FusionOrderCodes))
            {
                LogNothingToSay(logger, id);
                return Results.Content("{\"cards\":[]}", "application/json");
            }

            var missing = CdsServiceCatalog.PrefetchKeys
                .Where(key => !root.TryGetProperty("prefetch", out var prefetch) || prefetch.ValueKind != JsonValueKind.Object || !prefetch.TryGetProperty(key, out var value) || value.ValueKind != JsonValueKind.Object)
                .ToList();
            if (missing.Count > 0)
            {
                LogPrefetchMissing(logger, id, missing.Count);
                return Outcome(StatusCodes.Status412PreconditionFailed, OperationOutcome.IssueType.Incomplete,
                    missing.Select(key => $"The prefetch '{key}' is missing or null; this service does not query the FHIR server itself, so it needs every prefetch of its discovery entry.").ToArray());
            }

            var resources = new List<Resource>();
            var deserializer = new FhirJsonDeserializer();
            foreach (var key in CdsServiceCatalog.PrefetchKeys)
            {
                if (!deserializer.TryDeserializeResource(root.GetProperty("prefetch").GetProperty(key).GetRawText(), out var resource, out var issues) || resource is null)
                {
                    return Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure,
                        issues.Select(i => $"prefetch.{key}: {i.Message}").DefaultIfEmpty($"prefetch.{key} is not a FHIR resource.").ToArray());
                }

                resources.Add(resource);
            }

            var mapped = CdsServiceCatalog.Mapper.Map(resources, options.Value.Mapping);
            if (mapped.Case is null)
            {
                return Outcome(StatusCodes.Status412PreconditionFailed, OperationOutcome.IssueType.Invalid, mapped.Problems.Select(p => p.ToString()).ToArray());
            }

            var report = engine.Evaluate(mapped.Case);
            LogAnswered(logger, id, string.Join(", ", report.Assessments.Select(a => $"{a.Assessment}={a.Verdict}")), mapped.Sources.Count, mapped.Problems.Count, mapped.Unused.Count);
            return Results.Content(CdsCards.Compose(report).ToJsonString(), "application/json");
        }
    }

    private static bool OrdersFusion(JsonElement root, ISet<string> fusionCodes)
    {
        if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object ||
            !context.TryGetProperty("draftOrders", out var orders) || orders.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (!new FhirJsonDeserializer().TryDeserializeResource(orders.GetRawText(), out var resource, out _) || resource is not Bundle bundle)
        {
            return false;
        }

        return bundle.Entry.Select(e => e.Resource).OfType<ServiceRequest>()
            .Any(order => order.Code?.Coding.Any(c => fusionCodes.Contains(c.System + "|" + c.Code)) == true);
    }

    private static IResult Outcome(int status, OperationOutcome.IssueType type, params string[] messages) =>
        Results.Content(OperationOutcomes.Of(type, messages), OperationOutcomes.MediaType, statusCode: status);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "CDS service {ServiceId} answered: {Verdicts}; {Fields} fields mapped, {Problems} values not usable, {Unused} resources unused.")]
    private static partial void LogAnswered(ILogger logger, string serviceId, string verdicts, int fields, int problems, int unused);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "CDS service {ServiceId}: {Count} prefetch entries missing; answered 412.")]
    private static partial void LogPrefetchMissing(ILogger logger, string serviceId, int count);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "CDS service {ServiceId}: the draft orders hold no lumbar fusion; no cards.")]
    private static partial void LogNothingToSay(ILogger logger, string serviceId);
}
