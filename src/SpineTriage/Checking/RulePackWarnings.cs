using System.Globalization;
using System.Text.RegularExpressions;
using SpineTriage.Assessments;
using SpineTriage.Citations;
using SpineTriage.Rules;

namespace SpineTriage.Checking;

/// <summary>
/// Triage-level warnings for rule authors: verdicts no rule can reach (none supports them, or every rule that does is
/// shadowed by a more precedent rule with the same condition), rules without the source, evidence or reason that
/// the pack asks of every rule (rules/README.md), bibliography entries no rule cites, and reasons that write the value
/// of a threshold the rule reads as a number instead of naming it (an override would change the logic, not the sentence).
/// </summary>
internal static partial class RulePackWarnings
{
    public static IEnumerable<Diagnostic> Find(IReadOnlyList<AssessmentSettings> assessments, IReadOnlyList<WorkflowOutline> outlines, PackTexts texts)
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
                foreach (var warning in MissingAnnotations(rule, outline.Name, texts.Bibliography is not null))
                {
                    yield return warning;
                }

                foreach (var warning in ThresholdsWrittenAsNumbers(rule, outline))
                {
                    yield return warning;
                }
            }
        }

        foreach (var warning in UncitedReferences(outlines, texts.Bibliography))
        {
            yield return warning;
        }
    }

    private static IEnumerable<Diagnostic> UncitedReferences(IReadOnlyList<WorkflowOutline> outlines, Bibliography? bibliography)
    {
        if (bibliography is null)
        {
            yield break;
        }

        var cited = outlines.SelectMany(o => o.Rules).SelectMany(r => RuleAnnotations.SourceKeys(r.Properties)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in bibliography.Entries.Where(e => !cited.Contains(e.Citation.Key)))
        {
            yield return new Diagnostic(DiagnosticSeverity.Warning, TriageProblemCodes.UncitedReference,
                $"The reference '{entry.Citation.Key}' is cited by no rule; cite it from the rule it supports or remove it.")
            {
                File = entry.Location.File,
                Line = entry.Location.Line,
                Column = entry.Location.Column,
                JsonPath = entry.Location.JsonPath,
            };
        }
    }

    /// <summary>
    /// A number in the reason equal to the value in force of a threshold the rule reads (in its expression, directly or
    /// through derived facts), when the reason does not name that threshold.
    /// </summary>
    private static IEnumerable<Diagnostic> ThresholdsWrittenAsNumbers(Rule rule, WorkflowOutline outline)
    {
        if (RuleAnnotations.Text(rule.Properties, "reason") is not { } reason)
        {
            return [];
        }

        var named = PackTexts.Placeholders(reason).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var numbers = Number().Matches(PlaceholderText().Replace(reason, " ")).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();
        var read = ParametersRead(rule, outline);
        return outline.GlobalParams
            .Where(g => g.IsConstant && read.Contains(g.Name) && !named.Contains(g.Name) && AsDouble(g.Value) is { } value && numbers.Contains(Math.Abs(value)))
            .GroupBy(g => AsDouble(g.Value))
            .Select(same => RuleDiagnostics.At(rule, outline.Name, DiagnosticSeverity.Warning, TriageProblemCodes.ThresholdWrittenAsNumber,
                $"The reason of rule '{rule.Name}' writes {Math.Abs(same.Key!.Value).ToString(CultureInfo.InvariantCulture)}, the value of threshold {string.Join(" and ", same.Select(g => $"'{g.Name}'"))}, which the rule reads; write {string.Join(" or ", same.Select(g => $"{{{g.Name}}}"))} so an override changes the sentence too (or reword the number if it is not that threshold)."));
    }

    /// <summary>The global parameters a rule's expressions read, directly or through the derived facts they name.</summary>
    private static HashSet<string> ParametersRead(Rule rule, WorkflowOutline outline)
    {
        var byName = outline.GlobalParams.GroupBy(g => g.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Expressions(rule));
        while (pending.TryPop(out var expression))
        {
            foreach (var name in Identifier().Matches(expression).Select(m => m.Value))
            {
                if (byName.TryGetValue(name, out var parameter) && read.Add(name) && !parameter.IsConstant)
                {
                    pending.Push(parameter.Expression);
                }
            }
        }

        return read;
    }

    private static IEnumerable<string> Expressions(Rule rule) =>
        rule.Rules.SelectMany(Expressions).Prepend(rule.Expression ?? string.Empty);

    private static double? AsDouble(object? value) => value switch
    {
        double d => d,
        int i => i,
        decimal m => (double)m,
        long l => l,
        _ => null,
    };

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

    private static bool SameCondition(Rule first, Rule second) =>
        first.Expression is { } a && second.Expression is { } b && Whitespace().Replace(a, string.Empty) == Whitespace().Replace(b, string.Empty);

    private static IEnumerable<Diagnostic> MissingAnnotations(Rule rule, string workflowName, bool hasBibliography)
    {
        foreach (var (property, code, why) in Required)
        {
            var present = property == "source" ? RuleAnnotations.SourceKeys(rule.Properties).Count > 0 : RuleAnnotations.Text(rule.Properties, property) is { Length: > 0 };
            if (!present)
            {
                yield return RuleDiagnostics.At(rule, workflowName, DiagnosticSeverity.Warning, code,
                    $"Rule '{rule.Name}' has no Properties.{property}; {why}");
            }
        }

        if (hasBibliography && RuleAnnotations.Text(rule.Properties, "evidenceLevel") is null)
        {
            yield return RuleDiagnostics.At(rule, workflowName, DiagnosticSeverity.Warning, TriageProblemCodes.RuleWithoutEvidence,
                $"Rule '{rule.Name}' has no Properties.evidenceLevel; grade its evidence on the scale of the pack's bibliography (evidenceScale.levels).");
        }
    }

    private static readonly (string Property, string Code, string Why)[] Required =
    [
        ("source", TriageProblemCodes.RuleWithoutSource, "cite the guideline, policy or paper it follows (keys of the pack's references.json), so reviewers can check it."),
        ("evidence", TriageProblemCodes.RuleWithoutEvidence, "say in a few words what the evidence for it is (its level goes in evidenceLevel)."),
        ("reason", TriageProblemCodes.RuleWithoutReason, "write the plain-language sentence clinicians see when it is Met (the rule name is shown instead)."),
    ];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A number as a reason writes it: 6, 8.0, 0.5 (a sign is not part of it: "−2.5" compares as 2.5).</summary>
    [GeneratedRegex(@"(?<![\w.])\d+(\.\d+)?(?![\w.]*\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"\{[A-Za-z_][A-Za-z0-9_]*\}")]
    private static partial Regex PlaceholderText();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
