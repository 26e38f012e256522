using SpineTriage.Reports;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// What the ordered writer needs of one audited line, prepared by a worker: the result row, the counts for the summary and
/// the error. The verdicts are dropped in the worker, so lines waiting to be written in order hold a row and a few counts.
/// </summary>
/// <param name="Line">The 1-based line number in the cohort file.</param>
/// <param name="Error">Why the line could not be evaluated, or null.</param>
/// <param name="Row">The formatted result row, or null when no results file is written.</param>
/// <param name="Tally">What the summary counts of an evaluated line, or null for a malformed one.</param>
internal sealed record AuditedLine(long Line, string? Error, string? Row, LineTally? Tally);

/// <summary>What the summary counts of one evaluated line.</summary>
/// <param name="Verdicts">Per assessment of the summary, in its order, the verdict (null when the report has no such assessment).</param>
/// <param name="Missing">The inputs missing in any assessment, level indexes folded (<c>imaging.levels[*].translationMm</c>), each once.</param>
/// <param name="HasRedFlags">Whether the case has red flags.</param>
/// <param name="Incomplete">Whether any assessment is Incomplete.</param>
internal sealed record LineTally(string?[] Verdicts, string[] Missing, bool HasRedFlags, bool Incomplete)
{
    public static LineTally Of(TriageVerdicts verdicts, IReadOnlyList<AssessmentHeading> assessments)
    {
        var found = new string?[assessments.Count];
        var missing = new List<string>();
        for (var i = 0; i < assessments.Count; i++)
        {
            if (verdicts.Find(assessments[i].Key) is not { } result)
            {
                continue;
            }

            found[i] = result.Verdict;
            foreach (var input in result.DecidingInputs)
            {
                var folded = AuditSummary.FoldLevelIndex(input);
                if (!missing.Contains(folded, StringComparer.Ordinal))
                {
                    missing.Add(folded);
                }
            }
        }

        return new LineTally(found, [.. missing], verdicts.RedFlags.Count > 0, verdicts.Assessments.Any(a => a.IsIncomplete));
    }
}
