using SpineTriage.Rules;

namespace SpineTriage.Assessments.Exact;

/// <summary>
/// The answer when exact reasoning gives up: per-rule Kleene logic over precedence, with the absence tests open that the
/// search would have opened (see <see cref="ExactVerdicts"/>).
/// </summary>
internal static class PerRuleAnswer
{
    /// <summary>
    /// The answer of per-rule Kleene logic over each verdict rule's truth with the absence tests open that the search
    /// would have opened (the residual's truth where the rule was worked out again, so that <c>tearLevelPresent</c> reads
    /// Unknown once a rule on stenosis needs the missing levels filled in; the rule's outcome otherwise). The candidate is
    /// the first verdict with a True rule (the default when none is), and the possible verdicts are it and every verdict
    /// before the candidate's place in precedence with an Unknown rule. The place is the True rule's level, or after every
    /// level when none is True, even when the default is also listed (a default listed first must not hide the Unknown
    /// verdicts after it). The missing inputs of the Unknown rules of those verdicts may decide (as the rules reported them, or their residuals\n    /// read them when a rule reported none: one turned Unknown by an opened test).
    /// </summary>
    public static ExactResolution Of(AssessmentDefinition definition, Truth[] truths, ResidualCondition?[] residuals, WorkflowResult result, string reason)
    {
        var candidateLevel = definition.Verdicts.Count;
        for (var v = 0; v < definition.Verdicts.Count && candidateLevel == definition.Verdicts.Count; v++)
        {
            foreach (var rule in definition.VerdictRules[v])
            {
                if (truths[rule] == Truth.True)
                {
                    candidateLevel = v;
                    break;
                }
            }
        }

        var candidate = candidateLevel < definition.Verdicts.Count ? definition.Verdicts[candidateLevel] : definition.DefaultVerdict;
        var possible = new List<string>();
        var missing = new List<string>();
        var deciding = new List<string>();
        for (var v = 0; v < definition.Verdicts.Count; v++)
        {
            var verdict = definition.Verdicts[v];
            var open = false;
            foreach (var rule in definition.VerdictRules[v])
            {
                if (truths[rule] != Truth.Unknown)
                {
                    continue;
                }

                open = true;
                var reported = result.ResultOf(rule).MissingInputs;
                var inputs = reported.Count > 0 || residuals[rule] is not { } residual ? reported : residual.MissingInputs;
                for (var k = 0; k < inputs.Count; k++)
                {
                    var input = inputs[k];
                    AddDistinct(missing, input);
                    if (v < candidateLevel && verdict != candidate)
                    {
                        AddDistinct(deciding, input);
                    }
                }
            }

            if (((open && v < candidateLevel) || verdict == candidate) && !possible.Contains(verdict))
            {
                possible.Add(verdict);
            }
        }

        if (!possible.Contains(candidate))
        {
            possible.Add(candidate);
        }

        return new ExactResolution
        {
            Verdict = possible.Count == 1 ? candidate : Reports.AssessmentResult.IncompleteVerdict,
            Possible = possible,
            MissingInputs = missing,
            DecidingInputs = possible.Count == 1 ? [] : deciding,
            GaveUp = reason,
        };
    }

    /// <summary>When the rounds ran out before every absence test was opened: every verdict rule that tests anything for absence counts as Unknown.</summary>
    public static void OpenEveryAbsenceTest(AssessmentDefinition definition, Truth[] truths)
    {
        for (var i = 0; i < truths.Length; i++)
        {
            if (definition.RuleVerdicts[i] is not null && definition.Workflow.Rules[i].AbsenceTestedPaths.Count > 0)
            {
                truths[i] = Truth.Unknown;
            }
        }
    }

    private static void AddDistinct(List<string> list, string item)
    {
        if (!list.Contains(item, StringComparer.Ordinal))
        {
            list.Add(item);
        }
    }
}
