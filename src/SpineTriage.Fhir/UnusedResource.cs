namespace SpineTriage.Fhir;

/// <summary>A resource the mapping did not use, and why (no mapping for its codes, too old, superseded, entered in error…).</summary>
/// <param name="Resource">The resource, as <c>Type/id</c>.</param>
/// <param name="Reason">Why it was not used, as a sentence.</param>
public sealed record UnusedResource(string Resource, string Reason);
