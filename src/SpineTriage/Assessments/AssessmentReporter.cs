using SpineTriage.Assessments.Exact;
using SpineTriage.Cases;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>Turns one assessment workflow's rule outcomes and its exact resolution into its <see cref="AssessmentResult"/> and its Met red flags.</summary>
internal static class AssessmentReporter
{
    public static AssessmentResult Report(AssessmentDefinition definition, WorkflowResult result, ExactResolution exact, List<RuleFinding> redFlags, ImagingFindings? imaging)
    {
        // Outcomes are read as bytes; a RuleResult is created only for an Unknown rule, whose missing inputs the report shows.
        var rules = definition.Workflow.Rules;
        var traces = new RuleTrace[rules.Count];
        for (var i = 0; i < traces.Length; i++)
        {
            traces[i] = new RuleTrace(rules[i].Name, definition.Annotations[i].Kind, definition.RuleVerdicts[i], result.OutcomeOf(i));
        }

        var verdict = AssessmentVerdicts.Verdict(exact);

        var incomplete = verdict == AssessmentResult.IncompleteVerdict;
        var warnings = MetOfKind(definition, result, RuleAnnotations.WarningKind);
        var notes = MetOfKind(definition, result, RuleAnnotations.InfoKind);
        foreach (var flag in MetOfKind(definition, result, RuleAnnotations.RedFlagKind))
        {
            if (!redFlags.Exists(f => f.RuleName == flag.RuleName))
            {
                redFlags.Add(flag);
            }
        }

        return new AssessmentResult
        {
            Assessment = definition.Assessment,
            Title = definition.Title,
            Verdict = verdict,
            PossibleVerdicts = [.. exact.Possible.Select(possible => new PossibleVerdict(possible, VerdictConditions.Of(definition, exact, possible, imaging)))],
            Reasons = Reasons(definition, result, exact, verdict),
            Unknowns = Unknowns(definition, result),
            DecidingInputs = AssessmentVerdicts.Deciding(exact),
            Missing = AssessmentVerdicts.Missing(definition, result, exact),
            ExactReasoningNote = exact.GaveUp is { } reason
                ? $"Exact reasoning about the missing data gave up ({reason}); the possible verdicts are the conservative ones of rule-by-rule logic."
                : exact.Possible.Count > 1 && exact.Approximation is { } approximation
                    ? (exact.ConditionsNote is { } conditions ? $"{approximation} {conditions}" : approximation)
                    : exact.ConditionsNote,
            Warnings = warnings,
            Notes = notes,
            NextSteps = NextSteps(definition, result, verdict, incomplete),
            Outcomes = traces,
        };
    }

    /// <summary>
    /// A decided verdict's Met rules; the default reason for the default verdict with none Met; and for another verdict
    /// that the missing data leaves certain without any of its rules Met, its Unknown rules (one of them holds whatever
    /// the missing data turns out to be). When Incomplete: the Met rules of the most precedent possible verdict that has
    /// any, the findings so far (an indication Met while a gate above it is unknown).
    /// </summary>
    private static List<RuleFinding> Reasons(AssessmentDefinition definition, WorkflowResult result, ExactResolution exact, string verdict)
    {
        if (verdict == AssessmentResult.RuleErrorVerdict)
        {
            return [];
        }

        if (verdict == AssessmentResult.IncompleteVerdict)
        {
            foreach (var possible in exact.Possible)
            {
                if (Supporting(definition, result, possible, RuleOutcome.Met) is { Count: > 0 } met)
                {
                    return met;
                }
            }

            return [];
        }

        var reasons = Supporting(definition, result, verdict, RuleOutcome.Met);
        if (reasons.Count > 0)
        {
            return reasons;
        }

        if (verdict != definition.DefaultVerdict && Supporting(definition, result, verdict, RuleOutcome.Unknown) is { Count: > 0 } unknown)
        {
            return unknown;
        }

        return
        [
            new RuleFinding("Default_" + verdict, definition.DefaultReason,
                $"{definition.Workflow.SourceName ?? definition.Workflow.Name}: the assessment's default verdict", "not applicable: no rule was Met"),
        ];
    }

    private static List<RuleFinding> Supporting(AssessmentDefinition definition, WorkflowResult result, string verdict, RuleOutcome outcome)
    {
        var findings = new List<RuleFinding>();
        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            if (result.OutcomeOf(i) == outcome && definition.RuleVerdicts[i] == verdict)
            {
                findings.Add(definition.Annotations[i].Finding(definition.Workflow.Rules[i].Name));
            }
        }

        return findings;
    }

    private static List<RuleFinding> MetOfKind(AssessmentDefinition definition, WorkflowResult result, string kind)
    {
        var findings = new List<RuleFinding>();
        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            if (result.OutcomeOf(i) == RuleOutcome.Met && definition.Annotations[i].Kind == kind)
            {
                findings.Add(definition.Annotations[i].Finding(definition.Workflow.Rules[i].Name));
            }
        }

        return findings;
    }

    private static List<UnknownRule> Unknowns(AssessmentDefinition definition, WorkflowResult result)
    {
        var unknowns = new List<UnknownRule>();
        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            if (result.OutcomeOf(i) == RuleOutcome.Unknown)
            {
                var rule = result.ResultOf(i);
                unknowns.Add(new UnknownRule(definition.Workflow.Rules[i].Name, definition.RuleVerdicts[i], rule.MissingInputs.Select(CasePaths.ToJsonPath).ToArray()) { Error = FailureOf(rule) });
            }
        }

        return unknowns;
    }

    /// <summary>The failure of a rule or of a nested rule under it, which a composite rule's own result does not carry.</summary>
    private static string? FailureOf(RuleResult rule) =>
        rule.ExceptionMessage ?? rule.ChildResults.Select(FailureOf).FirstOrDefault(m => m is not null);

    private static List<string> NextSteps(AssessmentDefinition definition, WorkflowResult result, string verdict, bool incomplete)
    {
        var steps = new List<string>();
        if (verdict == AssessmentResult.RuleErrorVerdict)
        {
            for (var i = 0; i < definition.RuleVerdicts.Count; i++)
            {
                if (result.OutcomeOf(i) == RuleOutcome.Unknown && definition.RuleVerdicts[i] is not null && FailureOf(result.ResultOf(i)) is { } failure)
                {
                    steps.Add($"Rule '{definition.Workflow.Rules[i].Name}' failed while evaluating this case ({failure}); no verdict can be given until the rule pack is fixed. Report it to the rule pack's maintainers.");
                }
            }

            return steps;
        }

        if (definition.NextSteps.TryGetValue(verdict, out var verdictSteps))
        {
            AddDistinct(steps, verdictSteps);
        }

        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            var annotations = definition.Annotations[i];
            var supportsWinner = !incomplete && definition.RuleVerdicts[i] == verdict;
            var isNote = annotations.Kind is RuleAnnotations.WarningKind or RuleAnnotations.InfoKind;
            if (result.OutcomeOf(i) == RuleOutcome.Met && (supportsWinner || isNote))
            {
                AddDistinct(steps, annotations.NextSteps);
            }
        }

        return steps;
    }

    private static void AddDistinct(List<string> list, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!list.Contains(item, StringComparer.Ordinal))
            {
                list.Add(item);
            }
        }
    }
}
