using Hl7.Fhir.Model;

namespace SpineTriage.Fhir.Table;

/// <summary>A code in a code system; a code ending in <c>*</c> in the table matches every code it starts (an ICD-10-CM family).</summary>
/// <param name="System">The code system URI.</param>
/// <param name="Code">The code, without the trailing <c>*</c> of a family.</param>
/// <param name="IsFamily">Whether the code stands for every code that starts with it.</param>
internal sealed record CodeKey(string System, string Code, bool IsFamily)
{
    public bool Matches(Coding coding) =>
        string.Equals(coding.System, System, StringComparison.Ordinal) && coding.Code is { } code &&
        (IsFamily ? code.StartsWith(Code, StringComparison.Ordinal) : string.Equals(code, Code, StringComparison.Ordinal));

    public bool MatchesAny(CodeableConcept? concept) => concept?.Coding.Any(Matches) == true;

    public bool MatchesAny(IEnumerable<CodeableConcept> concepts) => concepts.Any(MatchesAny);

    /// <summary>The <c>system|code</c> form reports and provenance use.</summary>
    public override string ToString() => $"{System}|{Code}{(IsFamily ? "*" : string.Empty)}";
}
