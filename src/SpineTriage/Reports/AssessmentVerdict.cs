namespace SpineTriage.Reports;

/// <summary>
/// One assessment's verdict without its reasons, explanations or texts (<see cref="ITriageEngine.EvaluateVerdicts"/>):
/// what an audit row or a dashboard needs. Equal, field by field, to the same case's <see cref="AssessmentResult"/>.
/// </summary>
public sealed class AssessmentVerdict
{
    internal AssessmentVerdict(string assessment, string verdict, IReadOnlyList<string> possibleVerdicts, IReadOnlyList<string> decidingInputs, IReadOnlyList<string> missing)
    {
        Assessment = assessment;
        Verdict = verdict;
        PossibleVerdicts = possibleVerdicts;
        DecidingInputs = decidingInputs;
        Missing = missing;
    }

    /// <summary>Gets the assessment key (<c>fusion</c>, <c>biologic</c>, <c>revision</c>), as <see cref="AssessmentResult.Assessment"/>.</summary>
    public string Assessment { get; }

    /// <summary>Gets the verdict, as <see cref="AssessmentResult.Verdict"/>: the only possible one, <see cref="AssessmentResult.IncompleteVerdict"/> or <see cref="AssessmentResult.RuleErrorVerdict"/>.</summary>
    public string Verdict { get; }

    /// <summary>Gets the verdicts some valid completion of the missing data gives, most precedent first (the verdicts of <see cref="AssessmentResult.PossibleVerdicts"/>, without their conditions).</summary>
    public IReadOnlyList<string> PossibleVerdicts { get; }

    /// <summary>Gets the missing inputs whose value changes the verdict, as case JSON paths (as <see cref="AssessmentResult.DecidingInputs"/>).</summary>
    public IReadOnlyList<string> DecidingInputs { get; }

    /// <summary>Gets every missing input the verdict rules read, as case JSON paths (as <see cref="AssessmentResult.Missing"/>).</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Gets a value indicating whether the verdict is <see cref="AssessmentResult.IncompleteVerdict"/>.</summary>
    public bool IsIncomplete => Verdict == AssessmentResult.IncompleteVerdict;
}
