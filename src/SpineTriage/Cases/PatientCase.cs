namespace SpineTriage.Cases;

/// <summary>
/// One patient's case: the five sections the rule workflows read as the inputs <c>patient</c>, <c>symptoms</c>,
/// <c>imaging</c>, <c>care</c> and <c>surgery</c>. Every section and field is optional: <see langword="null"/> means
/// "not documented", and the rule pack decides whether that counts as "not present" or as unknown (rules/README.md "Absence policy").
/// </summary>
public sealed record PatientCase
{
    /// <summary>Gets demographics, habits, laboratory values and screens (JSON <c>patient</c>).</summary>
    public PatientDetails? Patient { get; init; }

    /// <summary>Gets symptoms, scores, red flags and the neurological picture (JSON <c>symptoms</c>).</summary>
    public SymptomFindings? Symptoms { get; init; }

    /// <summary>Gets imaging findings, globally and per level (JSON <c>imaging</c>).</summary>
    public ImagingFindings? Imaging { get; init; }

    /// <summary>Gets the conservative care tried so far (JSON <c>care</c>).</summary>
    public ConservativeCare? Care { get; init; }

    /// <summary>Gets the surgical history, for revision readiness (JSON <c>surgery</c>).</summary>
    public SurgicalHistory? Surgery { get; init; }
}
