using System.Text.Json.Nodes;

namespace SpineTriage.Fhir.Mapping;

/// <summary>
/// One value a resource offers for one slot of the case: a field (<c>patient.hba1cPercent</c>), one item of an enum list
/// (<c>symptoms.redFlags#fever</c>, valued true or false) or one item of an object list.
/// </summary>
/// <param name="Slot">What the value competes for; of several candidates for one slot the latest wins.</param>
/// <param name="Value">The JSON value (an object for a list item).</param>
/// <param name="Effective">When the finding applies; undated candidates lose to dated ones.</param>
/// <param name="Resource">The resource, as <c>Type/id</c>.</param>
/// <param name="Sources">The provenance of the value (several for a list item: one per item field), with paths relative to the item.</param>
/// <param name="Order">The resource's position among the inputs, which keeps list items in input order.</param>
/// <param name="Group">For a field that takes the lowest value of several codes, the code the candidate competes within.</param>
internal sealed record Candidate(string Slot, JsonNode Value, DateTimeOffset? Effective, string Resource, IReadOnlyList<FhirFieldSource> Sources, int Order, string? Group = null);
