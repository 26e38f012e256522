namespace SpineTriage.Reports;

/// <summary>
/// The verdicts of one case, without reasons, explanations or texts (<see cref="ITriageEngine.EvaluateVerdicts"/>):
/// per assessment its verdict, possible verdicts and missing and deciding inputs, and the case's Met red-flag rules.
/// Built from the same evaluation as a <see cref="TriageReport"/>, and equal to it field by field.
/// </summary>
public sealed class TriageVerdicts
{
    internal TriageVerdicts(IReadOnlyList<AssessmentVerdict> assessments, IReadOnlyList<string> redFlags, string ruleSetHash)
    {
        Assessments = assessments;
        RedFlags = redFlags;
        RuleSetHash = ruleSetHash;
    }

    /// <summary>Gets the assessments in report order (as <see cref="TriageReport.Assessments"/>).</summary>
    public IReadOnlyList<AssessmentVerdict> Assessments { get; }

    /// <summary>Gets the names of the Met red-flag rules, each once for the whole case (the <see cref="RuleFinding.RuleName"/>s of <see cref="TriageReport.RedFlags"/>).</summary>
    public IReadOnlyList<string> RedFlags { get; }

    /// <summary>Gets the rule-set version: <c>sha256:</c> and the content hash of the rule files and overrides.</summary>
    public string RuleSetHash { get; }

    /// <summary>Gets the assessment with the given key (<c>fusion</c>, <c>biologic</c>, <c>revision</c>), or null.</summary>
    /// <param name="assessment">The assessment key, compared case-insensitively.</param>
    /// <returns>The assessment's verdict, or <see langword="null"/> when there is none with that key.</returns>
    public AssessmentVerdict? Find(string assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        foreach (var verdict in Assessments)
        {
            if (string.Equals(verdict.Assessment, assessment, StringComparison.OrdinalIgnoreCase))
            {
                return verdict;
            }
        }

        return null;
    }
}
