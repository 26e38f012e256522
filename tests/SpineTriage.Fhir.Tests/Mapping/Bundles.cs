using Hl7.Fhir.Model;

namespace SpineTriage.Fhir.Tests.Mapping;

/// <summary>Small resources for the mapping tests, at fixed dates.</summary>
internal static class Bundles
{
    public const string Loinc = "http://loinc.org";
    public const string Project = "urn:spinetriage:case";

    public static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static FhirMappingOptions Options { get; } = new() { EvaluationTime = Now };

    public static Observation Quantity(string id, string system, string code, decimal value, string? unitCode, DateTimeOffset? when = null, string unitSystem = "http://unitsofmeasure.org") => new()
    {
        Id = id,
        Status = ObservationStatus.Final,
        Code = new CodeableConcept(system, code),
        Effective = new FhirDateTime(when ?? Now.AddDays(-10)),
        Value = new Quantity { Value = value, Code = unitCode, System = unitSystem, Unit = unitCode },
    };

    public static Observation Hba1c(string id, decimal percent, DateTimeOffset? when = null) => Quantity(id, Loinc, "4548-4", percent, "%", when);

    public static Condition Condition(string id, string system, string code, bool refuted = false) => new()
    {
        Id = id,
        Code = new CodeableConcept(system, code),
        RecordedDateElement = new FhirDateTime(Now.AddDays(-30)),
        VerificationStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-ver-status", refuted ? "refuted" : "confirmed"),
    };

    public static FhirMappingResult Map(params Resource[] resources) => FhirCaseMapper.Default.Map(resources, Options);
}
