using SpineTriage.Rules;

namespace SpineTriage.Fhir;

/// <summary>
/// Every diagnostic code a host of the FHIR package can meet, each with its meaning and fix: those of the triage package
/// (<see cref="TriageDiagnosticCatalog.All"/>), then the FHIR mapping's own (<c>SPF</c>, <see cref="FhirProblemCodes"/>).
/// </summary>
public static class FhirDiagnosticCatalog
{
    /// <summary>Gets every code, those of the triage package first, then in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. TriageDiagnosticCatalog.All,
        new(FhirProblemCodes.MalformedTable, DiagnosticSeverity.Error, "The problem codes of the FHIR package: SPF0xx for the mapping table, SPF1xx for mapping resources to a case.</summary> public static class FhirProblemCodes { <summary>The mapping table is not well-formed JSON, or too large.", "Correct the mapping table as the message says (it is JSON, at most a few MiB)."),
        new(FhirProblemCodes.TableShape, DiagnosticSeverity.Error, "A property of the mapping table is unknown, missing, repeated or of the wrong type.", "Correct the property at the JSON path given."),
        new(FhirProblemCodes.UnknownCaseField, DiagnosticSeverity.Error, "A mapping names a case field that does not exist or cannot be mapped that way.", "Use a case field from seeds/case.schema.json, mapped the way its type allows."),
        new(FhirProblemCodes.BadCode, DiagnosticSeverity.Error, "A code, code-system alias, resource type or answer of the mapping table is wrong or repeated.", "Correct or de-duplicate the code at the JSON path given."),
        new(FhirProblemCodes.BadUnit, DiagnosticSeverity.Error, "A unit of the mapping table is not in the supported UCUM subset, or is missing or not allowed.", "Use a UCUM unit from the supported subset the message lists."),
        new(FhirProblemCodes.MalformedBundle, DiagnosticSeverity.Error, "The bundle could not be read as FHIR R4 JSON.", "Send one patient's resources as FHIR R4 JSON (a Bundle or a single resource)."),
        new(FhirProblemCodes.UnitNotConvertible, DiagnosticSeverity.Error, "A quantity's unit is not UCUM, not in the subset, or cannot be converted to the case field's unit.", "Record the quantity with a UCUM unit convertible to the one the message names; the field is left out until then."),
        new(FhirProblemCodes.WrongValue, DiagnosticSeverity.Error, "A resource's value is of a type the case field cannot take (a string for a number, a code that answers nothing).", "Record the value with the type the case field takes; the field is left out until then."),
        new(FhirProblemCodes.ConflictingValues, DiagnosticSeverity.Error, "Two resources give different values for one field on the same date.", "Correct or retire one of the two resources; the field is left out until then."),
        new(FhirProblemCodes.RefusedByCaseFormat, DiagnosticSeverity.Error, "The case format refused a mapped value (out of range, contradictory); the field is left out.", "Correct the source value; the field is left out until then."),
        new(FhirProblemCodes.MoreThanOnePatient, DiagnosticSeverity.Error, "The resources describe more than one patient.", "Send the resources of one patient at a time."),
    ];
}
