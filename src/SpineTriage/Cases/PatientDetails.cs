using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Demographics, habits, laboratory values and screens (the <c>patient</c> section and rule input).</summary>
public sealed record PatientDetails
{
    /// <summary>Gets the age in whole years, 0–120.</summary>
    public int? Age { get; init; }

    /// <summary>Gets the sex as recorded.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Gets the body-mass index in kg/m², 10–90.</summary>
    public double? Bmi { get; init; }

    /// <summary>Gets the tobacco and nicotine status.</summary>
    public SmokingStatus? SmokingStatus { get; init; }

    /// <summary>Gets the weeks since the last tobacco or nicotine use (nicotine replacement included), ≥ 0.</summary>
    public int? NicotineFreeWeeks { get; init; }

    /// <summary>Gets the blood cotinine in ng/mL, ≥ 0 (LOINC 10365-5).</summary>
    public double? CotinineNgMl { get; init; }

    /// <summary>Gets whether the patient has diabetes mellitus.</summary>
    public bool? Diabetes { get; init; }

    /// <summary>Gets the glycated haemoglobin in percent, 3–20 (LOINC 4548-4; JSON <c>hba1cPercent</c>).</summary>
    [JsonPropertyName("hba1cPercent")]
    public double? HbA1cPercent { get; init; }

    /// <summary>Gets the lowest DXA T-score over the measured sites, in standard deviations, −6 to +4.</summary>
    public double? DexaTScoreMin { get; init; }

    /// <summary>Gets the L1 vertebral attenuation on CT in Hounsfield units, −200 to 600 (a bone-density stand-in).</summary>
    public double? CtHounsfieldL1 { get; init; }

    /// <summary>Gets the serum 25-hydroxy vitamin D in ng/mL, 0–200 (LOINC 62292-8).</summary>
    public double? VitaminDNgMl { get; init; }

    /// <summary>Gets the serum albumin in g/dL, 0–7 (LOINC 1751-7).</summary>
    public double? AlbuminGDl { get; init; }

    /// <summary>Gets the ASA physical status class, 1–6.</summary>
    public int? AsaClass { get; init; }

    /// <summary>Gets the mental and behavioural health screen result.</summary>
    public PsychScreen? PsychScreen { get; init; }

    /// <summary>Gets the serum C-reactive protein in mg/L, 0–1000 (post-operative infection screen; absent means not measured).</summary>
    public double? CrpMgL { get; init; }

    /// <summary>Gets the erythrocyte sedimentation rate in mm/h, 0–200 (post-operative infection screen; absent means not measured).</summary>
    public double? EsrMmH { get; init; }

    /// <summary>Gets whether the surgical wound is draining (post-operative infection screen; absent means not present).</summary>
    public bool? WoundDrainage { get; init; }

    /// <summary>Gets whether the patient has recently had a fever over 38 °C (post-operative infection screen; absent means not present).</summary>
    public bool? RecentFeverOver38C { get; init; }

    /// <summary>Gets whether the patient is pregnant (a systemic exclusion for biologic disc repair; absent means not pregnant).</summary>
    public bool? Pregnant { get; init; }

    /// <summary>Gets whether the patient has a bleeding disorder (a systemic exclusion for biologic disc repair; absent means none).</summary>
    public bool? BleedingDisorder { get; init; }

    /// <summary>Gets whether the patient is allergic to contrast media (a systemic exclusion for discography-guided disc repair; absent means none).</summary>
    public bool? ContrastAllergy { get; init; }
}
