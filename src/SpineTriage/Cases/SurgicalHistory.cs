namespace SpineTriage.Cases;

/// <summary>The surgical history relevant to revision readiness (the <c>surgery</c> section and rule input).</summary>
public sealed record SurgicalHistory
{
    /// <summary>Gets whether the patient has had a lumbar fusion.</summary>
    public bool? PriorFusion { get; init; }

    /// <summary>Gets the months since the index fusion, ≥ 0; only meaningful when <see cref="PriorFusion"/> is true.</summary>
    public double? MonthsSinceIndexFusion { get; init; }

    /// <summary>Gets the fusion status on CT; only meaningful when <see cref="PriorFusion"/> is true.</summary>
    public FusionStatus? FusionStatusCt { get; init; }

    /// <summary>Gets the widest lucency around a pedicle screw in mm, ≥ 0 (≥ 1 mm in two views = loosening).</summary>
    public double? ScrewLucencyMm { get; init; }

    /// <summary>Gets whether a rod is fractured.</summary>
    public bool? RodFracture { get; init; }

    /// <summary>Gets whether an interbody cage has subsided.</summary>
    public bool? CageSubsidence { get; init; }

    /// <summary>Gets whether symptomatic adjacent segment disease is present next to the fusion.</summary>
    public bool? AdjacentSegmentDisease { get; init; }

    /// <summary>
    /// Gets the name of the <see cref="ImagingFindings.Levels"/> entry next to the fusion (such as <c>L3-L4</c>), so adjacent
    /// segment disease is judged on that level's findings; when absent, any imaged level may support it.
    /// </summary>
    public string? AdjacentLevel { get; init; }

    /// <summary>Gets the months since the most recent lumbar operation of any kind (fusion or not), ≥ 0.</summary>
    public double? MonthsSinceLastLumbarSurgery { get; init; }

    /// <summary>Gets whether a second surgical opinion has been obtained.</summary>
    public bool? SecondOpinionObtained { get; init; }
}
