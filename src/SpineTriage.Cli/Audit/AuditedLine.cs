using SpineTriage.Reports;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// What the ordered writer needs of one audited line, prepared by a worker: the result row, the counts for the summary and
/// the error. The report itself is dropped in the worker, so lines waiting to be written in order hold kilobytes, not reports.
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
    public static LineTally Of(TriageReport report, IReadOnlyList<AssessmentHeading> assessments)
    {
        var verdicts = new string?[assessments.Count];
        var missing = new List<string>();
        for (var i = 0; i < assessments.Count; i++)
        {
            if (report.Find(assessments[i].Key) is not { } result)
            {
                continue;
            }

            verdicts[i] = result.Verdict;
            foreach (var input in result.DecidingInputs)
            {
                var folded = AuditSummary.FoldLevelIndex(input);
                if (!missing.Contains(folded, StringComparer.Ordinal))
                {
                    missing.Add(folded);
                }
            }
        }

        return new LineTally(verdicts, [.. missing], report.RedFlags.Count > 0, report.Assessments.Any(a => a.IsIncomplete));
    }
}
