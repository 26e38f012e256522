namespace SpineTriage.Fhir.Table;

/// <summary>How a FHIR value becomes one case field's value.</summary>
/// <param name="Field">The case field.</param>
/// <param name="Unit">The UCUM code of the case field's unit (numbers only).</param>
/// <param name="ExtraUnits">Analyte-specific units and their factor to <paramref name="Unit"/> (nmol/L of vitamin D).</param>
/// <param name="Answers">Coded answers and the enum name each stands for; a coding in the project's system whose code is an enum name also answers.</param>
/// <param name="ProjectSystem">The project's own code system URI.</param>
internal sealed record ValueRule(
    CaseField Field,
    string? Unit,
    IReadOnlyDictionary<string, double> ExtraUnits,
    IReadOnlyList<(CodeKey Code, string Value)> Answers,
    string ProjectSystem);
