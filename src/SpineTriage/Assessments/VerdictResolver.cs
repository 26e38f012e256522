using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>A verdict rule's vote: the verdict its <c>SuccessEvent</c> names and the rule's outcome.</summary>
internal readonly record struct VerdictVote(string Verdict, RuleOutcome Outcome);

/// <summary>The resolved verdict.</summary>
/// <param name="Verdict">The verdict, or <see cref="AssessmentResult.IncompleteVerdict"/>.</param>
/// <param name="Candidate">The most precedent verdict with a Met rule, or the default when none is Met.</param>
/// <param name="MissingLevel">When Incomplete, the most precedent verdict passed with an Unknown rule: its rules' missing inputs are what to document first.</param>
internal sealed record VerdictResolution(string Verdict, string Candidate, string? MissingLevel);

/// <summary>
/// The DMN "priority" hit policy with Unknown (DESIGN §6.2, rules/README.md "Verdict resolution"): walk the verdicts
/// most precedent first; the first verdict with a Met rule is the candidate (the default when none is); every verdict
/// passed on the way with an Unknown rule could still win. If all those possible verdicts are the candidate, it stands;
/// otherwise the verdict is Incomplete.
/// </summary>
internal static class VerdictResolver
{
    public static VerdictResolution Resolve(IReadOnlyList<string> verdicts, string defaultVerdict, IReadOnlyList<VerdictVote> votes)
    {
        string? candidate = null;
        var alternatives = new List<string>();
        foreach (var verdict in verdicts)
        {
            if (Has(votes, verdict, RuleOutcome.Met))
            {
                candidate = verdict;
                break;
            }

            if (Has(votes, verdict, RuleOutcome.Unknown))
            {
                alternatives.Add(verdict);
            }
        }

        candidate ??= defaultVerdict;

        // An Unknown rule for the candidate itself (the default, when nothing is Met) cannot change the outcome.
        return alternatives.TrueForAll(a => a == candidate)
            ? new VerdictResolution(candidate, candidate, null)
            : new VerdictResolution(AssessmentResult.IncompleteVerdict, candidate, alternatives[0]);
    }

    private static bool Has(IReadOnlyList<VerdictVote> votes, string verdict, RuleOutcome outcome)
    {
        foreach (var vote in votes)
        {
            if (vote.Outcome == outcome && vote.Verdict == verdict)
            {
                return true;
            }
        }

        return false;
    }
}
