using System.Text.RegularExpressions;
using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage.Checking;

/// <summary>
/// Triage-level warnings for rule authors: verdicts no rule can reach (none supports them, or every rule that does is
/// shadowed by a more precedent rule with the same condition), and rules without the source, evidence or reason that
/// the pack asks of every rule (rules/README.md).
/// </summary>
internal static partial class RulePackWarnings
{
    public static IEnumerable<Diagnostic> Find(IReadOnlyList<AssessmentSettings> assessments, IReadOnlyList<WorkflowOutline> outlines)
    {
        foreach (var assessment in assessments)
        {
            foreach (var warning in UnreachableVerdicts(assessment))
            {
                yield return warning;
            }
        }

        foreach (var outline in outlines)
        {
            foreach (var rule in outline.Rules)
            {
                foreach (var warning in MissingAnnotations(rule, outline.Name))
                {
                    yield return warning;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> UnreachableVerdicts(AssessmentSettings assessment)
    {
        var supporters = assessment.Rules.Where(r => assessment.VerdictOf(r) is not null).ToList();
        for (var level = 0; level < assessment.Verdicts.Count; level++)
        {
            var verdict = assessment.Verdicts[level];
            if (verdict == assessment.DefaultVerdict)
            {
                continue;
            }

            var own = supporters.Where(r => assessment.VerdictOf(r) == verdict).ToList();
            var location = $"verdicts[{level}]";
            if (own.Count == 0)
            {
                yield return RuleDiagnostics.AtSetting(assessment.Outline, location, DiagnosticSeverity.Warning, TriageProblemCodes.VerdictWithoutRule,
                    $"Verdict '{verdict}' of workflow '{assessment.Outline.Name}' is never given: no rule has SuccessEvent '{verdict}' and it is not the default; add a rule for it or remove it from verdicts.");
                continue;
            }

            var precedent = supporters.Where(r => assessment.Verdicts.Take(level).Contains(assessment.VerdictOf(r))).ToList();
            var shadows = own.Select(r => precedent.Find(p => SameCondition(p, r))).ToList();
            if (shadows.TrueForAll(s => s is not null))
            {
                yield return RuleDiagnostics.AtSetting(assessment.Outline, location, DiagnosticSeverity.Warning, TriageProblemCodes.VerdictShadowed,
                    $"Verdict '{verdict}' of workflow '{assessment.Outline.Name}' can never win: each of its rules has the same condition as a rule of a more precedent verdict ({string.Join(", ", own.Zip(shadows, (r, s) => $"'{r.Name}' as '{s!.Name}'"))}); change the conditions or the precedence.");
            }
        }
    }

    private static bool SameCondition(CompiledRule first, CompiledRule second) =>
        first.Expression is { } a && second.Expression is { } b && Whitespace().Replace(a, string.Empty) == Whitespace().Replace(b, string.Empty);

    private static IEnumerable<Diagnostic> MissingAnnotations(CompiledRule rule, string workflowName)
    {
        foreach (var (property, code, why) in Required)
        {
            if (RuleAnnotations.Text(rule.Properties, property) is not { Length: > 0 })
            {
                yield return RuleDiagnostics.At(rule, workflowName, DiagnosticSeverity.Warning, code,
                    $"Rule '{rule.Name}' has no Properties.{property}; {why}");
            }
        }
    }

    private static readonly (string Property, string Code, string Why)[] Required =
    [
        ("source", TriageProblemCodes.RuleWithoutSource, "name the guideline, policy or paper it follows, so reviewers can check it."),
        ("evidence", TriageProblemCodes.RuleWithoutEvidence, "state its evidence level (PRIMARY, SECONDARY, COMMON/NO SOURCE or NOT FOUND, with a few words)."),
        ("reason", TriageProblemCodes.RuleWithoutReason, "write the plain-language sentence clinicians see when it is Met (the rule name is shown instead)."),
    ];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
