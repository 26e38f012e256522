namespace SpineTriage.Fhir;

/// <summary>Where one filled case field came from (provenance): the resource, the code that selected it, its date and the element read.</summary>
/// <param name="CasePath">The case field, as a case JSON path (<c>patient.hba1cPercent</c>, <c>imaging.levels[0].translationMm</c>).</param>
/// <param name="Resource">The resource, as <c>Type/id</c> (<c>Observation/hba1c-2026-11</c>).</param>
/// <param name="Code">The code that selected it, as <c>system|code</c>.</param>
/// <param name="Effective">When the finding applies (effective, onset or performed time), if the resource says.</param>
/// <param name="Element">The element the value was read from (<c>Observation.valueQuantity</c>, <c>Observation.component[2].valueQuantity</c>).</param>
public sealed record FhirFieldSource(string CasePath, string Resource, string Code, DateTimeOffset? Effective, string Element);
