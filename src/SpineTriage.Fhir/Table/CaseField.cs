namespace SpineTriage.Fhir.Table;

/// <summary>What a case field holds, which decides the FHIR value it is read from.</summary>
internal enum CaseFieldKind
{
    Number,
    Integer,
    Boolean,
    Enum,
    Text,
    EnumList,
    ObjectList,
}

/// <summary>A field of the case format, named by its JSON path (<c>patient.hba1cPercent</c>, or <c>level</c> inside a list item).</summary>
/// <param name="Path">The camelCase path.</param>
/// <param name="Name">The last segment of the path: the JSON property name.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="EnumNames">The camelCase names an enum or enum-list field accepts; empty otherwise.</param>
/// <param name="ItemFields">For an object list, the fields of one item, by name; empty otherwise.</param>
internal sealed record CaseField(
    string Path,
    string Name,
    CaseFieldKind Kind,
    IReadOnlyList<string> EnumNames,
    IReadOnlyDictionary<string, CaseField> ItemFields);
