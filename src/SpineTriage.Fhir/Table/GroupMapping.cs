namespace SpineTriage.Fhir.Table;

/// <summary>Where the value of an item field comes from in its resource.</summary>
internal enum ItemValueSource
{
    /// <summary>An Observation component with one of the field's codes.</summary>
    Component,

    /// <summary>The resource's own code, through the answers.</summary>
    Code,

    /// <summary>A Procedure's outcome.</summary>
    Outcome,
}

/// <summary>One field of a list item and where its value comes from.</summary>
internal sealed record GroupFieldMapping(ValueRule Value, ItemValueSource Source, IReadOnlyList<CodeKey> Codes);

/// <summary>A case list of objects (<c>imaging.levels</c>, <c>care.injections</c>): one resource per item (an entry of <c>groups</c>).</summary>
/// <param name="List">The list field.</param>
/// <param name="ResourceType">Observation or Procedure.</param>
/// <param name="Codes">The codes of the resources that are items.</param>
/// <param name="Key">The item field that names an item (<c>level</c>): of two items with one key, the more recent is kept.</param>
/// <param name="Fields">The item fields.</param>
/// <param name="LookBackDays">Observations older than this many days before the evaluation are not used.</param>
internal sealed record GroupMapping(
    CaseField List,
    string ResourceType,
    IReadOnlyList<CodeKey> Codes,
    string? Key,
    IReadOnlyList<GroupFieldMapping> Fields,
    int LookBackDays);
