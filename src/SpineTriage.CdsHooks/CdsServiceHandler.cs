using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineTriage.Reports;

namespace SpineTriage.CdsHooks;

/// <summary>
/// Answers <c>POST /cds-services/{id}</c>: reads the prefetch (what is missing from the EHR's FHIR server when the request
/// grants access to it), maps it to a case, evaluates it and returns the cards. No patient data reaches the log: only the
/// service, counts and verdicts.
/// </summary>
internal static partial class CdsServiceHandler
{
    public static async Task<IResult> HandleAsync(string id, HttpRequest request, ITriageEngine engine, FhirServerReader reader, IOptions<CdsHooksOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
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

            var resources = new List<Resource>();
            var problems = new List<string>();
            var deserializer = new FhirJsonDeserializer();
            var prefetch = root.TryGetProperty("prefetch", out var given) && given.ValueKind == JsonValueKind.Object ? given : default;
            var (access, noAccess) = FhirServerReader.AccessOf(root);
            var patientId = PatientIdOf(root);
            var read = 0;
            foreach (var key in CdsServiceCatalog.PrefetchKeys)
            {
                if (prefetch.ValueKind == JsonValueKind.Object && prefetch.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Object)
                {
                    if (!deserializer.TryDeserializeResource(value.GetRawText(), out var resource, out var issues) || resource is null)
                    {
                        return Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure,
                            issues.Select(i => $"prefetch.{key}: {i.Message}").DefaultIfEmpty($"prefetch.{key} is not a FHIR resource.").ToArray());
                    }

                    resources.Add(resource);
                }
                else if (access is null || patientId is null)
                {
                    problems.Add($"The prefetch '{key}' is missing or null, and {(access is null ? noAccess : "the context has no patientId")}.");
                }
                else
                {
                    var (resource, problem) = await reader.ReadAsync(access, CdsServiceCatalog.Query(key, patientId), limit, cancellationToken);
                    if (resource is null)
                    {
                        problems.Add($"The prefetch '{key}' is missing, and reading it from fhirServer failed: {problem}.");
                    }
                    else
                    {
                        resources.Add(resource);
                        read++;
                    }
                }
            }

            if (problems.Count > 0)
            {
                LogDataUnavailable(logger, id, problems.Count);
                return Outcome(StatusCodes.Status412PreconditionFailed, OperationOutcome.IssueType.Incomplete, [.. problems]);
            }

            var mapped = CdsServiceCatalog.Mapper.Map(resources, options.Value.Mapping);
            if (mapped.Case is null)
            {
                return Outcome(StatusCodes.Status412PreconditionFailed, OperationOutcome.IssueType.Invalid, mapped.Problems.Select(p => p.ToString()).ToArray());
            }

            var report = engine.Evaluate(mapped.Case);
            LogAnswered(logger, id, string.Join(", ", report.Assessments.Select(a => $"{a.Assessment}={a.Verdict}")), mapped.Sources.Count, mapped.Problems.Count, mapped.Unused.Count, read);
            return Results.Content(CdsCards.Compose(report, patientId, options.Value.RulebookUrl).ToJsonString(), "application/json");
        }
    }

    /// <summary>The patient of the hook's context, when it is a plain FHIR id (it is put into FHIR queries and references).</summary>
    private static string? PatientIdOf(JsonElement root) =>
        root.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object &&
        context.TryGetProperty("patientId", out var id) && id.ValueKind == JsonValueKind.String && FhirId().IsMatch(id.GetString()!)
            ? id.GetString()
            : null;

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9.-]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex FhirId();

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

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "CDS service {ServiceId} answered: {Verdicts}; {Fields} fields mapped, {Problems} values not usable, {Unused} resources unused, {Read} prefetch keys read from the FHIR server.")]
    private static partial void LogAnswered(ILogger logger, string serviceId, string verdicts, int fields, int problems, int unused, int read);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "CDS service {ServiceId}: {Count} prefetch entries neither sent nor readable; answered 412.")]
    private static partial void LogDataUnavailable(ILogger logger, string serviceId, int count);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "CDS service {ServiceId}: the draft orders hold no lumbar fusion; no cards.")]
    private static partial void LogNothingToSay(ILogger logger, string serviceId);
}
