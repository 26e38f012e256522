namespace SpineTriage.Cases;

/// <summary>Imaging findings at one disc level (an element of <c>imaging.levels</c>).</summary>
public sealed record ImagingLevel
{
    /// <summary>Gets the level name: two adjacent vertebrae joined by a hyphen, such as <c>L4-L5</c>, <c>L5-S1</c> or <c>T12-L1</c>.</summary>
    public string? Level { get; init; }

    /// <summary>Gets the dynamic translation (flexion vs extension, or supine vs upright) in mm, ≥ 0.</summary>
    public double? TranslationMm { get; init; }

    /// <summary>Gets the dynamic angular change in degrees, ≥ 0.</summary>
    public double? AngulationDeg { get; init; }

    /// <summary>Gets the Meyerding slip grade, 0–5 (0 = no slip, 1 = up to 25 %, … 5 = spondyloptosis).</summary>
    public int? MeyerdingGrade { get; init; }

    /// <summary>Gets the type of slip.</summary>
    public SpondylolisthesisType? SpondylolisthesisType { get; init; }

    /// <summary>Gets whether a pars interarticularis defect is present.</summary>
    public bool? ParsDefect { get; init; }

    /// <summary>Gets the stenosis grade.</summary>
    public StenosisGrade? Stenosis { get; init; }

    /// <summary>Gets the Pfirrmann disc degeneration grade, 1–5 (5 = collapsed black disc).</summary>
    public int? PfirrmannGrade { get; init; }

    /// <summary>Gets the Modic endplate change type, 0–3 (0 = none).</summary>
    public int? ModicType { get; init; }

    /// <summary>Gets the disc height in percent of the adjacent normal disc, 0–100.</summary>
    public double? DiscHeightPercent { get; init; }

    /// <summary>Gets the annular fissure grade on the modified Dallas discogram scale, 0–5.</summary>
    public int? AnnularFissureGrade { get; init; }

    /// <summary>Gets whether a high-intensity zone is seen on T2-weighted MRI.</summary>
    public bool? HighIntensityZone { get; init; }

    /// <summary>Gets the disc contour.</summary>
    public DiscContainment? Containment { get; init; }

    /// <summary>Gets the depth of a protrusion in mm, ≥ 0.</summary>
    public double? ProtrusionMm { get; init; }

    /// <summary>Gets whether provocation discography at this level reproduced the usual pain (with a negative control disc).</summary>
    public bool? DiscographyConcordant { get; init; }
}
