using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage;

/// <summary>
/// Triages a patient case against the rule pack: fusion appropriateness, biologic repair candidacy and revision
/// readiness. Implementations are immutable and safe to share between threads.
/// </summary>
public interface ITriageEngine
{
    /// <summary>Gets the version of the rule set in force: <c>sha256:</c> and the content hash of the rule files and threshold overrides.</summary>
    string RuleSetHash { get; }

    /// <summary>Validates the case's ranges, then evaluates every assessment.</summary>
    /// <param name="patientCase">The case.</param>
    /// <returns>The report; the same case always gives an equal report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patientCase"/> is null.</exception>
    /// <exception cref="CaseValidationException">A value is out of range or contradictory; every problem is listed.</exception>
    TriageReport Evaluate(PatientCase patientCase);

    /// <summary>Reads the case JSON strictly, validates it, then evaluates every assessment.</summary>
    /// <param name="caseJson">The case JSON (README "The case format").</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseJson"/> is null.</exception>
    /// <exception cref="CaseValidationException">The JSON is malformed, mistyped, out of range or contradictory; every problem is listed with its JSON path, line and column.</exception>
    TriageReport Evaluate(string caseJson);

    /// <summary>
    /// Validates the case's ranges, then evaluates every assessment's verdict only: per assessment the verdict, the
    /// possible verdicts and the missing and deciding inputs, and the case's red-flag rules, without reasons,
    /// explanations or texts (what an audit row or a dashboard holds, at a fraction of a report's cost). The same as the
    /// <see cref="Evaluate(PatientCase)"/> report's fields, from the same evaluation.
    /// </summary>
    /// <param name="patientCase">The case.</param>
    /// <returns>The verdicts; the same case always gives equal verdicts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patientCase"/> is null.</exception>
    /// <exception cref="CaseValidationException">A value is out of range or contradictory; every problem is listed.</exception>
    TriageVerdicts EvaluateVerdicts(PatientCase patientCase);
}
