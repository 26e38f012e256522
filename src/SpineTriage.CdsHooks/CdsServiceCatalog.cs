using System.Text.Json.Nodes;
using SpineTriage.Fhir;

namespace SpineTriage.CdsHooks;

/// <summary>The services this package offers (one per hook) and the prefetch templates the FHIR mapping needs.</summary>
internal static class CdsServiceCatalog
{
    public const string PatientView = "spinetriage-patient-view";
    public const string OrderSign = "spinetriage-order-sign";
    public const string OrderSelect = "spinetriage-order-select";

    /// <summary>Lumbar arthrodesis: posterior or posterolateral (22612), posterior interbody (22630), combined (22633).</summary>
    public static readonly string[] FusionCptCodes = ["22612", "22630", "22633"];

    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    /// <summary>The prefetch keys every service needs; a request without one of them (or with it null) gets 412.</summary>
    public static readonly string[] PrefetchKeys = ["patient", "observations", "conditions", "procedures"];

    /// <summary>The prefetch templates, by key: relative FHIR queries with the <c>{{context.patientId}}</c> token.</summary>
    public static readonly IReadOnlyDictionary<string, string> PrefetchTemplates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["patient"] = "Patient/{{context.patientId}}",
        ["observations"] = "Observation?patient={{context.patientId}}&status=final,amended,corrected",
        ["conditions"] = "Condition?patient={{context.patientId}}",
        ["procedures"] = "Procedure?patient={{context.patientId}}",
    };

    /// <summary>A prefetch key's query for one patient (the id URL-escaped), to read it from the EHR's FHIR server.</summary>
    public static string Query(string key, string patientId) =>
        PrefetchTemplates[key].Replace("{{context.patientId}}", Uri.EscapeDataString(patientId), StringComparison.Ordinal);

    public static string? HookOf(string serviceId) => serviceId switch
    {
        PatientView => "patient-view",
        OrderSign => "order-sign",
        OrderSelect => "order-select",
        _ => null,
    };

    public static JsonObject Discovery()
    {
        var prefetch = new JsonObject();
        foreach (var key in PrefetchKeys)
        {
            prefetch[key] = PrefetchTemplates[key];
        }

        JsonObject Service(string id, string hook, string title, string description) => new()
        {
            ["hook"] = hook,
            ["id"] = id,
            ["title"] = title,
            ["description"] = description,
            ["prefetch"] = prefetch.DeepClone(),
            ["usageRequirements"] = "Decision support, not diagnosis: a clinician decides. The EHR signs each request with a JWT the service verifies against the EHR's registered JSON Web Key Set. Without a prefetch entry, the request must carry fhirServer and fhirAuthorization.",
        };

        return new JsonObject
        {
            ["services"] = new JsonArray(
                Service(PatientView, "patient-view", "SpineTriage: spine surgery triage", "Lumbar fusion appropriateness, biologic disc repair candidacy and revision readiness, with red flags first."),
                Service(OrderSign, "order-sign", "SpineTriage: lumbar fusion order check", $"When a draft ServiceRequest for lumbar fusion (CPT {string.Join(", ", FusionCptCodes)}) is signed: is fusion appropriate now, and what is missing."),
                Service(OrderSelect, "order-select", "SpineTriage: lumbar fusion order selection", $"When a lumbar fusion (CPT {string.Join(", ", FusionCptCodes)}) is selected: is fusion appropriate now, and what is missing.")),
        };
    }

    /// <summary>The mapping the services use (the package's default table).</summary>
    public static FhirCaseMapper Mapper => FhirCaseMapper.Default;
}
