using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>Turns one assessment workflow's rule outcomes into its <see cref="AssessmentResult"/> and its Met red flags.</summary>
internal static class AssessmentReporter
{
    public static AssessmentResult Report(AssessmentDefinition definition, WorkflowResult result, List<RuleFinding> redFlags)
    {
        var results = result.Results;
        var votes = new List<VerdictVote>();
        var traces = new RuleTrace[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            var verdict = definition.RuleVerdicts[i];
            if (verdict is not null)
            {
                votes.Add(new VerdictVote(verdict, results[i].Outcome));
            }

            traces[i] = new RuleTrace(results[i].Rule.Name, definition.Annotations[i].Kind, verdict, results[i].Outcome);
        }

        var resolution = VerdictResolver.Resolve(definition.Verdicts, definition.DefaultVerdict, votes);
        var reasons = Reasons(definition, results, resolution);
        var warnings = MetOfKind(definition, results, RuleAnnotations.WarningKind);
        var notes = MetOfKind(definition, results, RuleAnnotations.InfoKind);
        foreach (var flag in MetOfKind(definition, results, RuleAnnotations.RedFlagKind))
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
            Unknowns = Unknowns(definition, results),
            Missing = Missing(definition, results, resolution),
            Warnings = warnings,
            Notes = notes,
            NextSteps = NextSteps(definition, results, resolution),
            Outcomes = traces,
        };
    }

    private static List<RuleFinding> Reasons(AssessmentDefinition definition, IReadOnlyList<RuleResult> results, VerdictResolution resolution)
    {
        var reasons = new List<RuleFinding>();
        if (resolution.MissingLevel is not null)
        {
            return reasons;
        }

        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Outcome == RuleOutcome.Met && definition.RuleVerdicts[i] == resolution.Verdict)
            {
                reasons.Add(definition.Annotations[i].Finding(results[i].Rule.Name));
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new RuleFinding("Default_" + resolution.Verdict, definition.DefaultReason,
                $"{definition.Workflow.SourceName ?? definition.Workflow.Name}: the assessment's default verdict", "not applicable: no rule was Met"));
        }

        return reasons;
    }

    private static List<RuleFinding> MetOfKind(AssessmentDefinition definition, IReadOnlyList<RuleResult> results, string kind)
    {
        var findings = new List<RuleFinding>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Outcome == RuleOutcome.Met && definition.Annotations[i].Kind == kind)
            {
                findings.Add(definition.Annotations[i].Finding(results[i].Rule.Name));
            }
        }

        return findings;
    }

    private static List<UnknownRule> Unknowns(AssessmentDefinition definition, IReadOnlyList<RuleResult> results)
    {
        var unknowns = new List<UnknownRule>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Outcome == RuleOutcome.Unknown)
            {
                unknowns.Add(new UnknownRule(results[i].Rule.Name, definition.RuleVerdicts[i], results[i].MissingInputs.Select(CasePaths.ToJsonPath).ToArray()));
            }
        }

        return unknowns;
    }

    private static List<string> Missing(AssessmentDefinition definition, IReadOnlyList<RuleResult> results, VerdictResolution resolution)
    {
        var missing = new List<string>();
        for (var i = 0; resolution.MissingLevel is not null && i < results.Count; i++)
        {
            if (results[i].Outcome == RuleOutcome.Unknown && definition.RuleVerdicts[i] == resolution.MissingLevel)
            {
                AddDistinct(missing, results[i].MissingInputs.Select(CasePaths.ToJsonPath));
            }
        }

        return missing;
    }

    private static List<string> NextSteps(AssessmentDefinition definition, IReadOnlyList<RuleResult> results, VerdictResolution resolution)
    {
        var steps = new List<string>();
        if (definition.NextSteps.TryGetValue(resolution.Verdict, out var verdictSteps))
        {
            AddDistinct(steps, verdictSteps);
        }

        for (var i = 0; i < results.Count; i++)
        {
            var annotations = definition.Annotations[i];
            var supportsWinner = resolution.MissingLevel is null && definition.RuleVerdicts[i] == resolution.Verdict;
            var isNote = annotations.Kind is RuleAnnotations.WarningKind or RuleAnnotations.InfoKind;
            if (results[i].Outcome == RuleOutcome.Met && (supportsWinner || isNote))
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
