using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>Turns one assessment workflow's rule outcomes into its <see cref="AssessmentResult"/> and its Met red flags.</summary>
internal static class AssessmentReporter
{
    public static AssessmentResult Report(AssessmentDefinition definition, WorkflowResult result, List<RuleFinding> redFlags)
    {
        // Outcomes are read as bytes; a RuleResult is created only for an Unknown rule, whose missing inputs the report shows.
        var rules = definition.Workflow.Rules;
        var traces = new RuleTrace[rules.Count];
        for (var i = 0; i < traces.Length; i++)
        {
            traces[i] = new RuleTrace(rules[i].Name, definition.Annotations[i].Kind, definition.RuleVerdicts[i], result.OutcomeOf(i));
        }

        var resolution = VerdictResolver.Resolve(definition, result);
        var missing = Missing(definition, result, resolution);
        if (resolution.Verdict == AssessmentResult.IncompleteVerdict && missing.Count == 0)
        {
            // The undecided rules failed rather than lacked data: "Incomplete, document the missing inputs listed" would list none.
            resolution = resolution with { Verdict = AssessmentResult.RuleErrorVerdict };
        }

        var reasons = Reasons(definition, result, resolution);
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
            Verdict = resolution.Verdict,
            Reasons = reasons,
            Unknowns = Unknowns(definition, result),
            Missing = missing,
            Warnings = warnings,
            Notes = notes,
            NextSteps = NextSteps(definition, result, resolution),
            Outcomes = traces,
        };
    }

    private static List<RuleFinding> Reasons(AssessmentDefinition definition, WorkflowResult result, VerdictResolution resolution)
    {
        var reasons = new List<RuleFinding>();
        if (resolution.MissingLevel is not null)
        {
            return reasons;
        }

        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            if (result.OutcomeOf(i) == RuleOutcome.Met && definition.RuleVerdicts[i] == resolution.Verdict)
            {
                reasons.Add(definition.Annotations[i].Finding(definition.Workflow.Rules[i].Name));
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new RuleFinding("Default_" + resolution.Verdict, definition.DefaultReason,
                $"{definition.Workflow.SourceName ?? definition.Workflow.Name}: the assessment's default verdict", "not applicable: no rule was Met"));
        }

        return reasons;
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

    private static List<string> Missing(AssessmentDefinition definition, WorkflowResult result, VerdictResolution resolution)
    {
        var missing = new List<string>();
        for (var i = 0; resolution.MissingLevel is not null && i < definition.RuleVerdicts.Count; i++)
        {
            if (result.OutcomeOf(i) == RuleOutcome.Unknown && definition.RuleVerdicts[i] == resolution.MissingLevel)
            {
                AddDistinct(missing, result.ResultOf(i).MissingInputs.Select(CasePaths.ToJsonPath));
            }
        }

        return missing;
    }

    private static List<string> NextSteps(AssessmentDefinition definition, WorkflowResult result, VerdictResolution resolution)
    {
        var steps = new List<string>();
        if (resolution.Verdict == AssessmentResult.RuleErrorVerdict)
        {
            for (var i = 0; i < definition.RuleVerdicts.Count; i++)
            {
                if (result.OutcomeOf(i) == RuleOutcome.Unknown && definition.RuleVerdicts[i] == resolution.MissingLevel && FailureOf(result.ResultOf(i)) is { } failure)
                {
                    steps.Add($"Rule '{definition.Workflow.Rules[i].Name}' failed while evaluating this case ({failure}); no verdict can be given until the rule pack is fixed. Report it to the rule pack's maintainers.");
                }
            }

            return steps;
        }

        if (definition.NextSteps.TryGetValue(resolution.Verdict, out var verdictSteps))
        {
            AddDistinct(steps, verdictSteps);
        }

        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            var annotations = definition.Annotations[i];
            var supportsWinner = resolution.MissingLevel is null && definition.RuleVerdicts[i] == resolution.Verdict;
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
