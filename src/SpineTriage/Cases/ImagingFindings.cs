namespace SpineTriage.Cases;

/// <summary>Imaging findings: study age, global alignment and per-level findings (the <c>imaging</c> section and rule input).</summary>
public sealed record ImagingFindings
{
    /// <summary>Gets the age of the most recent MRI or CT in whole months, ≥ 0.</summary>
    public int? AgeMonths { get; init; }

    /// <summary>Gets the largest coronal Cobb angle in degrees, ≥ 0.</summary>
    public double? CobbDeg { get; init; }

    /// <summary>Gets the sagittal vertical axis in cm (positive = anterior; any sign).</summary>
    public double? SvaCm { get; init; }

    /// <summary>Gets pelvic incidence minus lumbar lordosis in degrees (any sign).</summary>
    public double? PiMinusLlDeg { get; init; }

    /// <summary>Gets the findings per disc level; each level name appears once.</summary>
    public IReadOnlyList<ImagingLevel>? Levels { get; init; }
}
