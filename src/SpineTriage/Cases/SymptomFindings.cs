namespace SpineTriage.Cases;

/// <summary>Symptoms, scores, red flags and the neurological picture (the <c>symptoms</c> section and rule input).</summary>
public sealed record SymptomFindings
{
    /// <summary>Gets how long the current back or leg pain has lasted, in whole weeks, ≥ 0.</summary>
    public int? DurationWeeks { get; init; }

    /// <summary>Gets the back pain on the 0–10 numeric rating scale (LOINC 72514-3).</summary>
    public int? BackPainNrs { get; init; }

    /// <summary>Gets the leg pain on the 0–10 numeric rating scale.</summary>
    public int? LegPainNrs { get; init; }

    /// <summary>Gets the back pain on the visual analogue scale in mm, 0–100 (kept apart from the NRS, never converted).</summary>
    public double? BackPainVasMm { get; init; }

    /// <summary>Gets the leg pain on the visual analogue scale in mm, 0–100.</summary>
    public double? LegPainVasMm { get; init; }

    /// <summary>Gets the Oswestry Disability Index in percent, 0–100.</summary>
    public int? Odi { get; init; }

    /// <summary>Gets the Roland-Morris Disability Questionnaire score, 0–24.</summary>
    public int? Rmdq { get; init; }

    /// <summary>Gets whether the leg pain is radicular (dermatomal, nerve-root pattern).</summary>
    public bool? Radicular { get; init; }

    /// <summary>Gets whether leg pain extends below the knee.</summary>
    public bool? LegPainBelowKnee { get; init; }

    /// <summary>Gets the red flags present; <see langword="null"/> or empty means none documented.</summary>
    public IReadOnlyList<RedFlag>? RedFlags { get; init; }

    /// <summary>
    /// Gets the red flags of <see cref="RedFlags"/> that a clinician has already investigated and cleared (documented, with
    /// no acute finding), so they no longer block an elective verdict; <see langword="null"/> or empty means none.
    /// </summary>
    public IReadOnlyList<RedFlag>? RedFlagsWorkedUp { get; init; }

    /// <summary>Gets the motor deficit trend.</summary>
    public MotorDeficit? MotorDeficit { get; init; }

    /// <summary>Gets whether the imaging findings match the pain pattern (imaging concordance).</summary>
    public bool? ImagingConcordant { get; init; }
}
