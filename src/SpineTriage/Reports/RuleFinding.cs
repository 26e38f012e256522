namespace SpineTriage.Reports;

/// <summary>A Met rule as the report shows it: the sentence for clinicians, where it comes from and how strong that is.</summary>
/// <param name="RuleName">The rule's name, such as <c>OptimizeFirst_NicotineExposure</c>.</param>
/// <param name="Text">The plain-language reason (the rule's <c>Properties.reason</c>, with the thresholds in force).</param>
/// <param name="Source">The full citations of the rule's sources, separated by semicolons (<c>Properties.source</c> resolved through the pack's bibliography).</param>
/// <param name="Evidence">The evidence level on the pack's scale and its note, such as <c>Oxford CEBM 2009 level 5: payer policy criteria</c>.</param>
public sealed record RuleFinding(string RuleName, string Text, string Source, string Evidence)
{
    /// <summary>Gets the sources one by one (empty when the rule pack has no bibliography).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Gets the evidence level alone (<c>Properties.evidenceLevel</c>, such as <c>2b</c>), or null when not stated.</summary>
    public string? EvidenceLevel { get; init; }
}
