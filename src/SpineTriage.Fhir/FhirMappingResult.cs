using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Fhir;

/// <summary>
/// The case mapped from FHIR resources, where every field came from, the problems (each leaves its field out, so it is
/// unknown) and the resources that were not used.
/// </summary>
public sealed class FhirMappingResult
{
    internal FhirMappingResult(PatientCase? patientCase, IReadOnlyList<FhirFieldSource> sources, IReadOnlyList<Diagnostic> problems, IReadOnlyList<UnusedResource> unused)
    {
        Case = patientCase;
        Sources = sources;
        Problems = problems;
        Unused = unused;
    }

    /// <summary>The case; null only when the mapped values could not form a valid case even after leaving out the refused ones.</summary>
    public PatientCase? Case { get; }

    /// <summary>The provenance of every filled field, in case path order.</summary>
    public IReadOnlyList<FhirFieldSource> Sources { get; }

    /// <summary>
    /// Values that could not be used (a unit that cannot be converted, a wrong value type, two values on one date, a value the
    /// case format refuses), each located by resource (<see cref="Diagnostic.File"/>, as <c>Type/id</c>) and element path
    /// (<see cref="Diagnostic.JsonPath"/>). The field is left out of the case, so the rules treat it as unknown.
    /// </summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Resources that were read but not used, each with the reason.</summary>
    public IReadOnlyList<UnusedResource> Unused { get; }

    /// <summary>Whether a case was produced.</summary>
    public bool Succeeded => Case is not null;
}
