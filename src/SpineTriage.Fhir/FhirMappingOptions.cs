namespace SpineTriage.Fhir;

/// <summary>Options of one mapping.</summary>
public sealed record FhirMappingOptions
{
    /// <summary>The time the case is evaluated at: ages, look-backs and times since an event are counted to it.</summary>
    /// <value>Null (the default): the current UTC time.</value>
    public DateTimeOffset? EvaluationTime { get; init; }

    /// <summary>The look-back in days for every observation, replacing the mapping table's own (its <c>lookBackDays</c>).</summary>
    /// <value>Null (the default): the table's look-back, per entry.</value>
    public int? LookBackDays { get; init; }
}
