using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>
/// An EHR's FHIR server, in process: <c>https://ehr.test/fhir/</c> serves each seed bundle's resources (the patient id is the
/// seed's name) as a Patient read and Observation, Condition and Procedure searches; Observations come in two pages. A
/// patient id prefixed <c>fail-</c> gets 500 on searches; <c>offhost-</c> gets a next link to another host; <c>down-</c> a
/// refused connection. Every request is
/// recorded with its Authorization header.
/// </summary>
internal sealed class FakeFhirServer(string root) : HttpMessageHandler
{
    public const string BaseUrl = "https://ehr.test/fhir";

    public ConcurrentQueue<(Uri Url, string? Authorization)> Requests { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        Requests.Enqueue((url, request.Headers.Authorization?.ToString()));
        if (url.Host != "ehr.test" || !url.AbsolutePath.StartsWith("/fhir/", StringComparison.Ordinal))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }

        if (url.AbsolutePath.Contains("/down-", StringComparison.Ordinal) || url.Query.Contains("patient=down-", StringComparison.Ordinal))
        {
            throw new HttpRequestException("Connection refused (fake)");
        }

        var type = url.AbsolutePath["/fhir/".Length..];
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var patientId = type.StartsWith("Patient/", StringComparison.Ordinal) ? type["Patient/".Length..] : query["patient"] ?? string.Empty;
        var seed = patientId.Replace("fail-", string.Empty, StringComparison.Ordinal).Replace("offhost-", string.Empty, StringComparison.Ordinal);
        var path = Path.Combine(root, "seeds", "fhir", seed + ".bundle.json");
        if (!File.Exists(path))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
        }

        var resources = JsonNode.Parse(File.ReadAllText(path))!["entry"]!.AsArray().Select(e => e!["resource"]!).ToList();
        foreach (var resource in resources.Where(r => r["resourceType"]!.GetValue<string>() == "Patient"))
        {
            resource["id"] = patientId;
        }

        if (type.StartsWith("Patient/", StringComparison.Ordinal))
        {
            return Json(resources.Single(r => r["resourceType"]!.GetValue<string>() == "Patient"));
        }

        if (patientId.StartsWith("fail-", StringComparison.Ordinal))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError));
        }

        var matches = resources.Where(r => r["resourceType"]!.GetValue<string>() == type).Select(r =>
        {
            var copy = r.DeepClone();
            if (copy["subject"] is JsonObject subject)
            {
                subject["reference"] = "Patient/" + patientId;
            }

            return copy;
        }).ToList();
        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset" };
        if (type == "Observation" && matches.Count > 1)
        {
            var second = query["_page"] == "2";
            var half = matches.Count / 2;
            matches = second ? matches[half..] : matches[..half];
            if (!second)
            {
                var host = patientId.StartsWith("offhost-", StringComparison.Ordinal) ? "https://elsewhere.test/fhir" : BaseUrl;
                bundle["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = $"{host}/Observation?patient={patientId}&_page=2" });
            }
        }

        if (matches.Count > 0)
        {
            bundle["entry"] = new JsonArray(matches.Select(m => (JsonNode)new JsonObject { ["resource"] = m }).ToArray());
        }

        return Json(bundle);
    }

    private static Task<HttpResponseMessage> Json(JsonNode body) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/fhir+json") });
}
