using System.Text.Json.Nodes;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>Writes FHIR JSON as FHIR requires it: an array is never empty (an element with no values is left out).</summary>
internal static class FhirJsonNodes
{
    /// <summary>The bundle with its entries, or without an <c>entry</c> element when there are none.</summary>
    public static JsonObject WithEntries(this JsonObject bundle, JsonNode[] entries)
    {
        if (entries.Length > 0)
        {
            bundle["entry"] = new JsonArray(entries);
        }

        return bundle;
    }
}
