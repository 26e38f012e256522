namespace SpineTriage.Fhir;

/// <summary>The problem codes of the FHIR package: SPF0xx for the mapping table, SPF1xx for mapping resources to a case.</summary>
public static class FhirProblemCodes
{
    /// <summary>The mapping table is not well-formed JSON, or too large.</summary>
    public const string MalformedTable = "SPF001";

    /// <summary>A property of the mapping table is unknown, missing, repeated or of the wrong type.</summary>
    public const string TableShape = "SPF010";

    /// <summary>A mapping names a case field that does not exist or cannot be mapped that way.</summary>
    public const string UnknownCaseField = "SPF020";

    /// <summary>A code, code-system alias, resource type or answer of the mapping table is wrong or repeated.</summary>
    public const string BadCode = "SPF021";

    /// <summary>A unit of the mapping table is not in the supported UCUM subset, or is missing or not allowed.</summary>
    public const string BadUnit = "SPF022";

    /// <summary>The bundle could not be read as FHIR R4 JSON.</summary>
    public const string MalformedBundle = "SPF100";

    /// <summary>A quantity's unit is not UCUM, not in the subset, or cannot be converted to the case field's unit.</summary>
    public const string UnitNotConvertible = "SPF101";

    /// <summary>A resource's value is of a type the case field cannot take (a string for a number, a code that answers nothing).</summary>
    public const string WrongValue = "SPF102";

    /// <summary>Two resources give different values for one field on the same date.</summary>
    public const string ConflictingValues = "SPF103";

    /// <summary>The case format refused a mapped value (out of range, contradictory); the field is left out.</summary>
    public const string RefusedByCaseFormat = "SPF104";

    /// <summary>The resources describe more than one patient.</summary>
    public const string MoreThanOnePatient = "SPF105";
}
