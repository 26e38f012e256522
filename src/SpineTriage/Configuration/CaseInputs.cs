using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Configuration;

/// <summary>The five case sections as the named inputs every workflow reads, in argument order (rules/README.md).</summary>
internal static class CaseInputs
{
    public static readonly IReadOnlyList<RuleInput> All =
    [
        new("patient", typeof(PatientDetails)),
        new("symptoms", typeof(SymptomFindings)),
        new("imaging", typeof(ImagingFindings)),
        new("care", typeof(ConservativeCare)),
        new("surgery", typeof(SurgicalHistory)),
    ];

    public static object?[] Arguments(PatientCase patientCase) =>
        [patientCase.Patient, patientCase.Symptoms, patientCase.Imaging, patientCase.Care, patientCase.Surgery];
}
