namespace SpineTriage.Cases;

/// <summary>The conservative care tried so far (the <c>care</c> section and rule input).</summary>
public sealed record ConservativeCare
{
    /// <summary>Gets the weeks of supervised physical therapy, ≥ 0.</summary>
    public int? PtWeeks { get; init; }

    /// <summary>Gets the average supervised physical therapy sessions per week, 0–14.</summary>
    public double? PtSessionsPerWeek { get; init; }

    /// <summary>Gets whether a home exercise program was prescribed and followed.</summary>
    public bool? HomeProgram { get; init; }

    /// <summary>Gets the minutes per day of the home program, 0–600.</summary>
    public int? HomeProgramMinutesPerDay { get; init; }

    /// <summary>Gets whether pain and function were tracked weekly.</summary>
    public bool? WeeklyTracking { get; init; }

    /// <summary>Gets the response at the week-6 check.</summary>
    public ImprovementAtWeek6? ImprovementAtWeek6 { get; init; }

    /// <summary>Gets the injections given; <see langword="null"/> or empty means none documented.</summary>
    public IReadOnlyList<Injection>? Injections { get; init; }

    /// <summary>Gets the result of a diagnostic medial branch block.</summary>
    public MedialBranchBlockResult? MedialBranchBlock { get; init; }
}
