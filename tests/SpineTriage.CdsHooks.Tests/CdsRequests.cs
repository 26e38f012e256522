using System.Net.Http.Headers;
using Hl7.Fhir.Serialization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpineTriage.Tests.Schemas;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>CDS Hooks requests as an EHR sends them, checked against the request schema, and the schemas of the answers.</summary>
internal static class CdsRequests
{
    public static readonly string Root = FindRoot();

    public static JsonSchemaValidator Schema(string name) =>
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", $"cds-hooks-{name}.schema.json"))).RootElement.Clone());

    public static readonly JsonSchemaValidator RequestSchema = Schema("request");
    public static readonly JsonSchemaValidator ResponseSchema = Schema("response");
    public static readonly JsonSchemaValidator DiscoverySchema = Schema("discovery");
    public static readonly JsonSchemaValidator FeedbackSchema = Schema("feedback");

    public static string[] SeedNames() =>
        Directory.GetFiles(Path.Combine(Root, "seeds", "fhir"), "*.bundle.json").Select(f => Path.GetFileName(f)[..^".bundle.json".Length]).Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<string> Violations(JsonSchemaValidator schema, JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return schema.Validate(document.RootElement);
    }

    /// <summary>FHIR JSON read strictly by the FHIR SDK: the resource, or a failed assertion listing the SDK's issues.</summary>
    public static Hl7.Fhir.Model.Resource FhirResource(string json)
    {
        var ok = new Hl7.Fhir.Serialization.FhirJsonDeserializer().TryDeserializeResource(json, out var resource, out var issues);
        Assert.True(ok && resource is not null, string.Join("; ", issues.Select(i => i.Message)));
        return resource!;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, JsonNode body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cds-services/" + path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>
    /// A CDS Hooks request whose prefetch holds the seed bundle's resources as a client sends them: the Patient, and a searchset
    /// Bundle per resource type (without <c>entry</c> when there is none: FHIR JSON has no empty arrays). The patient's id is
    /// <paramref name="patientId"/> (the seed's name by default). Checked against the request schema.
    /// </summary>
    public static JsonObject Request(string hook, string seed, string? draftCpt = null, string? patientId = null)
    {
        patientId ??= seed;
        var bundle = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "seeds", "fhir", seed + ".bundle.json")))!;
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!.DeepClone()).ToList();
        foreach (var resource in resources)
        {
            if (resource["resourceType"]!.GetValue<string>() == "Patient")
            {
                resource["id"] = patientId;
            }
            else if (resource["subject"] is JsonObject subject)
            {
                subject["reference"] = "Patient/" + patientId;
            }
        }

        JsonObject Searchset(string type) => new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "searchset",
        }.WithEntries(resources.Where(r => r["resourceType"]!.GetValue<string>() == type).Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() }).ToArray());
        var context = new JsonObject { ["userId"] = "Practitioner/p1", ["patientId"] = patientId };
        if (draftCpt is not null)
        {
            context["draftOrders"] = new JsonObject
            {
                ["resourceType"] = "Bundle",
                ["type"] = "collection",
                ["entry"] = new JsonArray(new JsonObject
                {
                    ["resource"] = new JsonObject
                    {
                        ["resourceType"] = "ServiceRequest", ["id"] = "draft-1", ["status"] = "draft", ["intent"] = "order",
                        ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://www.ama-assn.org/go/cpt", ["code"] = draftCpt }) },
                        ["subject"] = new JsonObject { ["reference"] = "Patient/" + patientId },
                    },
                }),
            };
        }

        var request = new JsonObject
        {
            ["hook"] = hook,
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = context,
            ["prefetch"] = new JsonObject
            {
                ["patient"] = resources.First(r => r["resourceType"]!.GetValue<string>() == "Patient").DeepClone(),
                ["observations"] = Searchset("Observation"),
                ["conditions"] = Searchset("Condition"),
                ["procedures"] = Searchset("Procedure"),
            },
        };
        Assert.Empty(Violations(RequestSchema, request));
        return request;
    }

    /// <summary>A request without prefetch that lets the service read the fake FHIR server with an access token.</summary>
    public static JsonObject RequestReadingFhir(string hook, string patientId, string accessToken = "fhir-access-token-1")
    {
        var request = new JsonObject
        {
            ["hook"] = hook,
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["fhirServer"] = FakeFhirServer.BaseUrl,
            ["fhirAuthorization"] = new JsonObject { ["access_token"] = accessToken, ["token_type"] = "Bearer", ["expires_in"] = 300, ["scope"] = "user/Patient.read user/Observation.read user/Condition.read user/Procedure.read", ["subject"] = "spinetriage" },
            ["context"] = new JsonObject { ["userId"] = "Practitioner/p1", ["patientId"] = patientId },
        };
        Assert.Empty(Violations(RequestSchema, request));
        return request;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpineTriage.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}

/// <summary>The one host every test class shares (a host start costs about a second on a loaded machine).</summary>
[CollectionDefinition(Name)]
public sealed class CdsHostCollection : ICollectionFixture<CdsHooksHost>
{
    public const string Name = "CDS Hooks host";
}
