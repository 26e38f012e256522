
namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// The answer when exact reasoning gives up: per-rule Kleene logic over precedence, with the absence tests open that the
/// search would have opened (see <see cref="PossibleVerdictsSearch"/>).
/// </summary>
internal static class PerRuleAnswer
{
    /// <summary>
    /// The answer of per-rule Kleene logic over each verdict rule's truth with the absence tests open that the search
    /// would have opened (the residual's truth where the rule was worked out again, so that a rule testing <c>order.Lines == null</c>
    /// reads Unknown once another rule needs the missing lines filled in; the rule's outcome otherwise). The candidate is
    /// the first verdict with a True rule (the default when none is), and the possible verdicts are it and every verdict
    /// before the candidate's place in precedence with an Unknown rule. The place is the True rule's level, or after every
    /// level when none is True, even when the default is also listed (a default listed first must not hide the Unknown
    /// verdicts after it). The missing inputs of the Unknown rules of those verdicts may decide (as the rules reported them, or their residuals
    /// read them when a rule reported none: one turned Unknown by an opened test).
    /// </summary>
    public static PossibleVerdicts Of(VerdictPrecedence precedence, Truth[] truths, ResidualCondition?[] residuals, WorkflowResult result, string reason)
    {
        var candidateLevel = precedence.Verdicts.Count;
        for (var v = 0; v < precedence.Verdicts.Count && candidateLevel == precedence.Verdicts.Count; v++)
        {
            foreach (var rule in precedence.VerdictRules[v])
            {
                if (truths[rule] == Truth.True)
                {
                    candidateLevel = v;
                    break;
                }
            }
        }

        var candidate = candidateLevel < precedence.Verdicts.Count ? precedence.Verdicts[candidateLevel] : precedence.DefaultVerdict;
        var possible = new List<string>();
        var missing = new List<string>();
        var deciding = new List<string>();
        for (var v = 0; v < precedence.Verdicts.Count; v++)
        {
            var verdict = precedence.Verdicts[v];
            var open = false;
            foreach (var rule in precedence.VerdictRules[v])
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

        return new PossibleVerdicts
        {
            Possible = possible,
            MissingInputs = missing,
            DecidingInputs = possible.Count == 1 ? [] : deciding,
            GaveUp = reason,
        };
    }

    /// <summary>When the rounds ran out before every absence test was opened: every verdict rule that tests anything for absence counts as Unknown.</summary>
    public static void OpenEveryAbsenceTest(VerdictPrecedence precedence, Truth[] truths)
    {
        for (var i = 0; i < truths.Length; i++)
        {
            if (precedence.RuleVerdicts[i] is not null && precedence.Workflow.Rules[i].AbsenceTestedPaths.Count > 0)
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
