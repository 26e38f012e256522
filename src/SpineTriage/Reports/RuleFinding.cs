namespace SpineTriage.Reports;

/// <summary>A Met rule as the report shows it: the sentence for clinicians, where it comes from and how strong that is.</summary>
/// <param name="RuleName">The rule's name, such as <c>OptimizeFirst_NicotineExposure</c>.</param>
/// <param name="Text">The plain-language reason (the rule's <c>Properties.reason</c>).</param>
/// <param name="Source">The guideline, policy, paper or seed file (<c>Properties.source</c>).</param>
/// <param name="Evidence">The evidence grade and note (<c>Properties.evidence</c>), such as <c>PRIMARY-copy: eviCore</c>.</param>
public sealed record RuleFinding(string RuleName, string Text, string Source, string Evidence);
