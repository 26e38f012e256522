namespace SpineTriage.Cases;

/// <summary>One spinal injection and the patient's response (an element of <c>care.injections</c>).</summary>
public sealed record Injection
{
    /// <summary>Gets the kind of injection.</summary>
    public InjectionType? Type { get; init; }

    /// <summary>Gets the response.</summary>
    public InjectionResponse? Response { get; init; }
}
