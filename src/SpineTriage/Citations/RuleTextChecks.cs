using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Cases.Json;
using SpineTriage.Rules;

namespace SpineTriage.Citations;

/// <summary>
/// Load errors in the texts of one workflow's rules: a <c>source</c> key the bibliography does not hold (with a
/// did-you-mean), an <c>evidenceLevel</c> that is not on the pack's scale, and a <c>{name}</c> in a reason or next
/// step that is not a threshold of the workflow. Checked once per workflow, on its own rules.
/// </summary>
internal static class RuleTextChecks
{
    public static IEnumerable<Diagnostic> Check(WorkflowOutline outline, PackTexts texts)
    {
        var thresholds = texts.ThresholdsOf(outline.Name);
        foreach (var rule in outline.Rules)
        {
            if (texts.Bibliography is { } bibliography)
            {
                foreach (var problem in Sources(rule, outline.Name, bibliography))
                {
                    yield return problem;
                }
            }

            foreach (var text in RuleTexts(rule.Properties))
            {
                foreach (var name in UnknownPlaceholders(text, thresholds))
                {
                    yield return RuleDiagnostics.At(rule, outline.Name, DiagnosticSeverity.Error, TriageProblemCodes.UnknownThreshold,
                        $"Rule '{rule.Name}' writes {{{name}}}, which is not a threshold of workflow '{outline.Name}'; name one of its GlobalParams with a constant value, or remove the braces.{NameSuggestions.Hint(name, thresholds.Keys)}");
                }
            }
        }

        foreach (var (setting, text) in SettingTexts(outline.Properties))
        {
            foreach (var name in UnknownPlaceholders(text, thresholds))
            {
                yield return RuleDiagnostics.AtSetting(outline, setting, DiagnosticSeverity.Error, TriageProblemCodes.UnknownThreshold,
                    $"Properties.spinetriage.{setting} of workflow '{outline.Name}' writes {{{name}}}, which is not one of its thresholds.{NameSuggestions.Hint(name, thresholds.Keys)}");
            }
        }
    }

    private static IEnumerable<Diagnostic> Sources(Rule rule, string workflowName, Bibliography bibliography)
    {
        var properties = rule.Properties;
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("source", out var source)
            && !(source.ValueKind == JsonValueKind.String || (source.ValueKind == JsonValueKind.Array && source.EnumerateArray().All(k => k.ValueKind == JsonValueKind.String))))
        {
            yield return At(rule, workflowName, ".source", TriageProblemCodes.BadSource,
                $"Properties.source of rule '{rule.Name}' must be a key of {Bibliography.FileName} or an array of keys, such as \"acr-lbp-2021\".");
        }

        var keys = RuleAnnotations.SourceKeys(properties);
        var single = RuleAnnotations.Text(properties, "source") is not null;
        for (var i = 0; i < keys.Count; i++)
        {
            if (!bibliography.ByKey.ContainsKey(keys[i]))
            {
                yield return At(rule, workflowName, single ? ".source" : $".source[{i}]", TriageProblemCodes.UnknownReference,
                    $"Rule '{rule.Name}' cites '{keys[i]}', which is not a key of {Bibliography.FileName}; add the source there (title, authors, year, identifier, what it supports) or cite an existing key.{NameSuggestions.Hint(keys[i], bibliography.ByKey.Keys)}");
            }
        }

        if (RuleAnnotations.Text(properties, "evidenceLevel") is { } level && bibliography.Scale.MeaningOf(level) is null)
        {
            var levels = bibliography.Scale.Levels.Select(l => l.Level).ToArray();
            yield return At(rule, workflowName, ".evidenceLevel", TriageProblemCodes.UnknownEvidenceLevel,
                $"Rule '{rule.Name}' has evidence level '{level}', which is not a level of {bibliography.Scale.Name}; use one of {string.Join(", ", levels)}.{NameSuggestions.Hint(level, levels)}");
        }
    }

    private static Diagnostic At(Rule rule, string workflowName, string property, string code, string message) =>
        RuleDiagnostics.At(rule, workflowName, DiagnosticSeverity.Error, code, message) with { JsonPath = rule.JsonPath + ".Properties" + property };

    private static IEnumerable<string> RuleTexts(JsonElement properties) =>
        RuleAnnotations.Text(properties, "reason") is { } reason ? [reason, .. RuleAnnotations.Texts(properties, "nextSteps")] : RuleAnnotations.Texts(properties, "nextSteps");

    private static IEnumerable<(string Setting, string Text)> SettingTexts(JsonElement properties)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty("spinetriage", out var settings) || settings.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (RuleAnnotations.Text(settings, "defaultReason") is { } reason)
        {
            yield return ("defaultReason", reason);
        }

        if (settings.TryGetProperty("nextSteps", out var byVerdict) && byVerdict.ValueKind == JsonValueKind.Object)
        {
            foreach (var verdict in byVerdict.EnumerateObject())
            {
                foreach (var step in RuleAnnotations.Texts(byVerdict, verdict.Name))
                {
                    yield return ($"nextSteps.{verdict.Name}", step);
                }
            }
        }
    }

    private static IEnumerable<string> UnknownPlaceholders(string text, IReadOnlyDictionary<string, string> thresholds) =>
        PackTexts.Placeholders(text).Select(p => p.Name).Where(name => !thresholds.ContainsKey(name)).Distinct(StringComparer.Ordinal);
}
