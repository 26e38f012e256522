using System.Text.Json.Nodes;

namespace SpineTriage.Fhir.Table;

/// <summary>Where a resource's value goes when a resource answers one case field (an entry of <c>fields</c>).</summary>
/// <param name="Value">The field and how its value is read.</param>
/// <param name="ResourceType">Observation, Condition or Procedure.</param>
/// <param name="Codes">The codes of the resource that select this entry.</param>
/// <param name="BodySites">When not empty, the resource's body site must carry one of these codes.</param>
/// <param name="Set">For Condition and Procedure entries: the value the resource's presence gives (a flag's name, true).</param>
/// <param name="TakeLowest">Whether the field takes the lowest of the latest value of each code (DXA sites) instead of the latest value.</param>
/// <param name="Elapsed">Whether the value is a time since an event, so the time since the observation is added to it.</param>
/// <param name="LookBackDays">Observations older than this many days before the evaluation are not used.</param>
/// <param name="Index">The entry's position in the table, for messages (<c>$.fields[3]</c>).</param>
internal sealed record FieldMapping(
    ValueRule Value,
    string ResourceType,
    IReadOnlyList<CodeKey> Codes,
    IReadOnlyList<CodeKey> BodySites,
    JsonNode? Set,
    bool TakeLowest,
    bool Elapsed,
    int LookBackDays,
    int Index);
