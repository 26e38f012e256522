namespace SpineTriage.Fhir.Table;

/// <summary>A checked mapping table: the field entries, the list groups, the default look-back and the project's code system.</summary>
internal sealed record MappingTableContent(
    IReadOnlyList<FieldMapping> Fields,
    IReadOnlyList<GroupMapping> Groups,
    int LookBackDays,
    string ProjectSystem);
