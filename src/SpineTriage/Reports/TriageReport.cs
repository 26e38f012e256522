namespace SpineTriage.Reports;

/// <summary>
/// The result of triaging one case: one <see cref="AssessmentResult"/> per assessment (fusion,
/// biologic, revision), the case-level red flags, the rule-set version and the disclaimer.
/// </summary>
public sealed record TriageReport
{
    /// <summary>The disclaimer every rendering shows.</summary>
    public const string DefaultDisclaimer =
        "Decision support, not diagnosis: SpineTriage applies published criteria to the data supplied. It does not replace " +
        "evaluation by a qualified clinician, and treatment decisions depend on the individual history and findings.";

    /// <summary>Gets the assessments in a fixed order (fusion, biologic, revision for the default pack).</summary>
    public required IReadOnlyList<AssessmentResult> Assessments { get; init; }

    /// <summary>Gets the Met red-flag rules, each reported once for the whole case.</summary>
    public IReadOnlyList<RuleFinding> RedFlags { get; init; } = [];

    /// <summary>Gets the rule-set version: <c>sha256:</c> and the content hash of the rule files and overrides.</summary>
    public required string RuleSetHash { get; init; }

    /// <summary>Gets the disclaimer.</summary>
    /// <value>Defaults to <see cref="DefaultDisclaimer"/>.</value>
    public string Disclaimer { get; init; } = DefaultDisclaimer;

    /// <summary>Gets the assessment with the given key (<c>fusion</c>, <c>biologic</c>, <c>revision</c>), or null.</summary>
    /// <param name="assessment">The assessment key, compared case-insensitively.</param>
    /// <returns>The assessment result, or <see langword="null"/> when the report has none with that key.</returns>
    public AssessmentResult? Find(string assessment) =>
        Assessments.FirstOrDefault(a => string.Equals(a.Assessment, assessment, StringComparison.OrdinalIgnoreCase));
}
