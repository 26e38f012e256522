using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace SpineTriage.CdsHooks;

/// <summary>FHIR OperationOutcome bodies for the service's error responses (412 missing data, 400 malformed request).</summary>
internal static class OperationOutcomes
{
    /// <summary>The media type of a FHIR JSON body.</summary>
    public const string MediaType = "application/fhir+json";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static string Of(OperationOutcome.IssueType type, params string[] messages)
    {
        var outcome = new OperationOutcome();
        foreach (var message in messages)
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = type, Diagnostics = message });
        }

        return JsonSerializer.Serialize(outcome, Json);
    }
}
