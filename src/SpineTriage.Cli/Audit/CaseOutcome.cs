using SpineTriage.Reports;

namespace SpineTriage.Cli.Audit;

/// <summary>What auditing one cohort line gave: the verdicts, or why the line could not be evaluated.</summary>
/// <param name="Line">The 1-based line number in the cohort file.</param>
/// <param name="Id">The case id from an envelope line (<c>{"id": …, "case": {…}}</c>), or null for a bare case.</param>
/// <param name="Verdicts">The verdicts (<see cref="ITriageEngine.EvaluateVerdicts"/>: what a row needs, without reasons or texts), or null when the line is malformed.</param>
/// <param name="Error">Why the line could not be evaluated, or null.</param>
internal sealed record CaseOutcome(long Line, string? Id, TriageVerdicts? Verdicts, string? Error)
{
    public static CaseOutcome Failed(long line, string? id, string error) => new(line, id, null, error);
}
