using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SpineTriage.Cases;
using SpineTriage.Fhir;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Serve;

/// <summary>
/// <c>POST /api/evaluate</c>: the body is a case (the case JSON format) or a FHIR R4 <c>Bundle</c> (any JSON with a
/// <c>resourceType</c>). 200 with the report, and for a bundle where each case field came from and what was not used;
/// 422 with the located problems when the input cannot be evaluated; 413 over <see cref="MaxBodyBytes"/>.
/// </summary>
internal static class EvaluateEndpoint
{
    /// <summary>The largest body accepted: the FHIR mapper's own bundle limit.</summary>
    public const int MaxBodyBytes = FhirCaseMapper.MaxBundleBytes;

    public static async Task<IResult> HandleAsync(HttpRequest request, ITriageEngine engine, CancellationToken cancellationToken)
    {
        var text = await ReadBoundedAsync(request, cancellationToken);
        if (text is null)
        {
            return Problems(StatusCodes.Status413PayloadTooLarge, [new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.InputTooLarge, $"The input is larger than {MaxBodyBytes / (1024 * 1024)} MiB.")]);
        }

        var response = new JsonObject();
        PatientCase? patientCase;
        if (IsFhirResource(text))
        {
            var mapped = FhirCaseMapper.Default.MapJson(text);
            if (mapped.Case is null)
            {
                return Problems(StatusCodes.Status422UnprocessableEntity, mapped.Problems);
            }

            patientCase = mapped.Case;
            response["input"] = "fhir";
            response["sources"] = new JsonArray([.. mapped.Sources.Select(Source)]);
            response["unused"] = new JsonArray([.. mapped.Unused.Select(u => new JsonObject { ["resource"] = u.Resource, ["reason"] = u.Reason })]);
            response["mappingProblems"] = new JsonArray([.. mapped.Problems.Select(Problem)]);
        }
        else
        {
            var read = PatientCaseJson.Read(text, "case");
            if (read.Case is null)
            {
                return Problems(StatusCodes.Status422UnprocessableEntity, read.Problems);
            }

            patientCase = read.Case;
            response["input"] = "case";
        }

        try
        {
            response["report"] = JsonNode.Parse(ReportJsonRenderer.Render(engine.Evaluate(patientCase)));
        }
        catch (CaseValidationException exception)
        {
            return Problems(StatusCodes.Status422UnprocessableEntity, exception.Problems);
        }

        return Results.Content(response.ToJsonString(), "application/json");
    }

    /// <summary>A FHIR resource names its type; a case never has a <c>resourceType</c> member (the case reader would refuse it).</summary>
    private static bool IsFhirResource(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("resourceType", out _);
        }
        catch (JsonException)
        {
            return false; // the case reader locates the syntax error
        }
    }

    private static async Task<string?> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + count > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static IResult Problems(int status, IEnumerable<Diagnostic> problems) =>
        Results.Content(new JsonObject { ["problems"] = new JsonArray([.. problems.Select(Problem)]) }.ToJsonString(), "application/json", statusCode: status);

    private static JsonObject Problem(Diagnostic problem) => new()
    {
        ["severity"] = problem.Severity.ToString(),
        ["code"] = problem.Code,
        ["message"] = problem.Message,
        ["line"] = problem.Line,
        ["column"] = problem.Column,
        ["path"] = problem.JsonPath,
        ["text"] = problem.ToString(),
    };

    private static JsonObject Source(FhirFieldSource source) => new()
    {
        ["field"] = source.CasePath,
        ["resource"] = source.Resource,
        ["code"] = source.Code,
        ["effective"] = source.Effective?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["element"] = source.Element,
    };
}
