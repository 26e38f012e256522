using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>A verdict rule's vote: the verdict its <c>SuccessEvent</c> names and the rule's outcome.</summary>
internal readonly record struct VerdictVote(string Verdict, RuleOutcome Outcome);

/// <summary>The resolved verdict.</summary>
/// <param name="Verdict">The verdict, or <see cref="AssessmentResult.IncompleteVerdict"/>.</param>
/// <param name="Candidate">The most precedent verdict with a Met rule, or the default when none is Met.</param>
/// <param name="MissingLevel">When Incomplete, the most precedent verdict passed with an Unknown rule: its rules' missing inputs are what to document first.</param>
internal readonly record struct VerdictResolution(string Verdict, string Candidate, string? MissingLevel);

/// <summary>
/// The reference verdict resolution, rule by rule (the reports resolve by exact reasoning, VerdictPrecedence): the DMN "priority" hit policy with Unknown (rules/README.md "Verdict resolution"): walk the verdicts
/// most precedent first; the first verdict with a Met rule is the candidate (the default when none is); every verdict
/// passed on the way with an Unknown rule could still win. If all those possible verdicts are the candidate, it stands;
/// otherwise the verdict is Incomplete.
/// </summary>
internal static class VerdictResolver
{
    /// <summary>Resolves one evaluation of an assessment's workflow, reading outcome bytes only (nothing allocated).</summary>
    /// <param name="verdicts">The verdicts, most precedent first.</param>
    /// <param name="defaultVerdict">The verdict when no voting rule is Met.</param>
    /// <param name="verdictRules">For each verdict, index for index, the indexes of the top-level rules that vote for it.</param>
    /// <param name="result">The workflow's evaluation.</param>
    public static VerdictResolution Resolve(IReadOnlyList<string> verdicts, string defaultVerdict, int[][] verdictRules, WorkflowResult result) =>
        Resolve(verdicts, defaultVerdict, new EvaluatedRules(verdictRules, result));

    /// <summary>Resolves a list of votes (each verdict's strongest vote decides).</summary>
    public static VerdictResolution Resolve(IReadOnlyList<string> verdicts, string defaultVerdict, IReadOnlyList<VerdictVote> votes) =>
        Resolve(verdicts, defaultVerdict, new Votes(verdicts, votes));

    /// <summary>Resolves the verdict rules' outcomes as the struct gives them (each verdict's strongest rule decides).</summary>
    public static VerdictResolution Resolve<TRules>(IReadOnlyList<string> verdicts, string defaultVerdict, TRules rules)
        where TRules : struct, IVerdictRules
    {
        var candidateIndex = verdicts.Count;
        var firstUnknown = -1;
        for (var v = 0; v < verdicts.Count; v++)
        {
            var strongest = rules.Strongest(v);
            if (strongest == RuleOutcome.Met)
            {
                candidateIndex = v;
                break;
            }

            if (strongest == RuleOutcome.Unknown && firstUnknown < 0)
            {
                firstUnknown = v;
            }
        }

        var candidate = candidateIndex < verdicts.Count ? verdicts[candidateIndex] : defaultVerdict;
        if (firstUnknown < 0)
        {
            return new VerdictResolution(candidate, candidate, null);
        }

        // An Unknown rule for the candidate itself (the default, when nothing is Met) cannot change the outcome.
        for (var v = firstUnknown; v < candidateIndex; v++)
        {
            if (verdicts[v] != candidate && rules.Strongest(v) == RuleOutcome.Unknown)
            {
                return new VerdictResolution(AssessmentResult.IncompleteVerdict, candidate, verdicts[firstUnknown]);
            }
        }

        return new VerdictResolution(candidate, candidate, null);
    }

    /// <summary>The rules voting for each verdict, by the verdict's index in precedence order.</summary>
    public interface IVerdictRules
    {
        /// <summary>Met when one of the verdict's rules is Met, else Unknown when one is Unknown, else NotMet.</summary>
        RuleOutcome Strongest(int verdictIndex);
    }

    private readonly struct EvaluatedRules(int[][] verdictRules, WorkflowResult result) : IVerdictRules
    {
        public RuleOutcome Strongest(int verdictIndex)
        {
            var strongest = RuleOutcome.NotMet;
            foreach (var rule in verdictRules[verdictIndex])
            {
                var outcome = result.OutcomeOf(rule);
                if (outcome == RuleOutcome.Met)
                {
                    return outcome;
                }

                if (outcome == RuleOutcome.Unknown)
                {
                    strongest = outcome;
                }
            }

            return strongest;
        }
    }

    private readonly struct Votes(IReadOnlyList<string> verdicts, IReadOnlyList<VerdictVote> votes) : IVerdictRules
    {
        public RuleOutcome Strongest(int verdictIndex)
        {
            var strongest = RuleOutcome.NotMet;
            foreach (var vote in votes)
            {
                if (vote.Verdict != verdicts[verdictIndex])
                {
                    continue;
                }

                if (vote.Outcome == RuleOutcome.Met)
                {
                    return vote.Outcome;
                }

                if (vote.Outcome == RuleOutcome.Unknown)
                {
                    strongest = vote.Outcome;
                }
            }

            return strongest;
        }
    }
}
