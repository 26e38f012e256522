using System.Text.Json;
using SpineTriage.Cases.Json;
using SpineTriage.Citations;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>
/// Reads and checks each workflow's <c>Properties.spinetriage</c> (rules/README.md) from the workflow outlines, which
/// exist even when expressions failed: a verdict list, a default in it, a unique assessment name, and every verdict
/// rule's <c>SuccessEvent</c> among the verdicts. Every problem becomes a located error <see cref="Diagnostic"/>.
/// </summary>
internal sealed class AssessmentDefinitionReader
{
    private readonly DiagnosticList _problems = new(TriageProblemCodes.MoreProblems);
    private readonly PackTexts _texts;

    private AssessmentDefinitionReader(PackTexts texts)
    {
        _texts = texts;
    }

    /// <summary>The assessments in report order, or none with every problem.</summary>
    public static IReadOnlyList<AssessmentSettings> Read(IReadOnlyList<WorkflowOutline> outlines, PackTexts texts, out IReadOnlyList<Diagnostic> problems)
    {
        var reader = new AssessmentDefinitionReader(texts);
        var settings = new List<AssessmentSettings>();
        foreach (var outline in outlines)
        {
            reader._problems.AddRange(RuleTextChecks.Check(outline, texts));
            if (reader.ReadOne(outline, outlines) is not { } read)
            {
                continue;
            }

            if (settings.Find(d => string.Equals(d.Assessment, read.Assessment, StringComparison.OrdinalIgnoreCase)) is { } first)
            {
                reader.Error(outline, "assessment", TriageProblemCodes.DuplicateAssessment,
                    $"Workflow '{outline.Name}' declares assessment '{read.Assessment}', which workflow '{first.Outline.Name}' already declares; give each assessment a unique name.");
            }

            settings.Add(read);
        }

        if (settings.Count == 0 && reader._problems.Count == 0 && outlines.Count > 0)
        {
            reader._problems.Add(new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.NoAssessment,
                "No workflow declares Properties.spinetriage.assessment, so there is nothing to triage; add the spinetriage settings (assessment, verdicts, default) to each assessment workflow.") { JsonPath = "$" });
        }

        problems = reader._problems.ToList();

        // OrderBy is stable: assessments without an order keep their file order.
        return settings.OrderBy(d => d.Order).ToList();
    }

    private AssessmentSettings? ReadOne(WorkflowOutline outline, IReadOnlyList<WorkflowOutline> outlines)
    {
        var properties = outline.Properties;
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty("spinetriage", out var settings))
        {
            return null;
        }

        if (settings.ValueKind != JsonValueKind.Object)
        {
            Error(outline, null, TriageProblemCodes.SettingsNotObject, $"Properties.spinetriage of workflow '{outline.Name}' must be an object with assessment, verdicts and default.");
            return null;
        }

        var assessment = RuleAnnotations.Text(settings, "assessment");
        if (string.IsNullOrWhiteSpace(assessment))
        {
            return null; // a library such as the shared RedFlags workflow
        }

        var verdicts = ReadVerdicts(outline, settings);
        var defaultVerdict = RuleAnnotations.Text(settings, "default");
        if (verdicts.Count > 0 && (defaultVerdict is null || !verdicts.Contains(defaultVerdict, StringComparer.Ordinal)))
        {
            var shown = defaultVerdict is null ? "no default" : $"default '{defaultVerdict}'";
            Error(outline, "default", TriageProblemCodes.DefaultNotAVerdict,
                $"Workflow '{outline.Name}' has {shown}; set Properties.spinetriage.default to one of its verdicts ({string.Join(", ", verdicts)}).{Hint(defaultVerdict, verdicts)}");
        }

        var rules = InjectedRules.Of(outline, outlines);
        CheckRules(outline, rules, verdicts);
        return new AssessmentSettings
        {
            Outline = outline,
            Assessment = assessment,
            Title = RuleAnnotations.Text(settings, "title") ?? outline.Name,
            Order = settings.TryGetProperty("order", out var order) && order.TryGetInt32(out var place) ? place : int.MaxValue,
            Verdicts = verdicts,
            DefaultVerdict = defaultVerdict ?? string.Empty,
            DefaultReason = _texts.Render(RuleAnnotations.Text(settings, "defaultReason") ?? "No rule decided otherwise.", outline.Name),
            NextSteps = ReadNextSteps(settings, outline.Name),
            Rules = rules,
            Texts = _texts,
        };
    }

    private List<string> ReadVerdicts(WorkflowOutline outline, JsonElement settings)
    {
        var verdicts = RuleAnnotations.Texts(settings, "verdicts").Where(v => v.Length > 0).ToList();
        if (verdicts.Count == 0)
        {
            Error(outline, "verdicts", TriageProblemCodes.MissingVerdicts,
                $"Workflow '{outline.Name}' declares an assessment but no verdicts; list them in Properties.spinetriage.verdicts, most precedent first.");
        }

        foreach (var repeated in verdicts.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Error(outline, $"verdicts[{verdicts.LastIndexOf(repeated.Key)}]", TriageProblemCodes.DuplicateVerdict, $"Workflow '{outline.Name}' lists verdict '{repeated.Key}' more than once; list each verdict once.");
        }

        var reserved = verdicts.FindIndex(v => string.Equals(v, AssessmentResult.IncompleteVerdict, StringComparison.OrdinalIgnoreCase)
            || string.Equals(v, AssessmentResult.RuleErrorVerdict, StringComparison.OrdinalIgnoreCase));
        if (reserved >= 0)
        {
            Error(outline, $"verdicts[{reserved}]", TriageProblemCodes.ReservedVerdict,
                $"Workflow '{outline.Name}' lists verdict '{verdicts[reserved]}', which the triage layer reserves for undecided assessments ('{AssessmentResult.IncompleteVerdict}', '{AssessmentResult.RuleErrorVerdict}'); remove it (next steps for Incomplete go under nextSteps.Incomplete).");
        }

        return verdicts.Distinct(StringComparer.Ordinal).ToList();
    }

    private void CheckRules(WorkflowOutline outline, IReadOnlyList<Rule> rules, List<string> verdicts)
    {
        foreach (var rule in rules)
        {
            var annotations = RuleAnnotations.Of(rule, _texts);
            if (!RuleAnnotations.Kinds.Contains(annotations.Kind, StringComparer.Ordinal))
            {
                _problems.Add(RuleDiagnostics.At(rule, outline.Name, DiagnosticSeverity.Error, TriageProblemCodes.UnknownKind,
                    $"Rule '{rule.Name}' has kind '{annotations.Kind}'; use one of {string.Join(", ", RuleAnnotations.Kinds)}.{Hint(annotations.Kind, RuleAnnotations.Kinds)}"));
            }
            else if (annotations.Kind == RuleAnnotations.VerdictKind && verdicts.Count > 0
                && (rule.SuccessEvent is null || !verdicts.Contains(rule.SuccessEvent, StringComparer.Ordinal)))
            {
                var shown = rule.SuccessEvent is null ? "no SuccessEvent" : $"SuccessEvent '{rule.SuccessEvent}'";
                _problems.Add(RuleDiagnostics.At(rule, outline.Name, DiagnosticSeverity.Error, TriageProblemCodes.UnknownSuccessEvent,
                    $"Verdict rule '{rule.Name}' has {shown}, which is not a verdict of workflow '{outline.Name}'; use one of {string.Join(", ", verdicts)}.{Hint(rule.SuccessEvent, verdicts)}"));
            }
        }
    }

    private Dictionary<string, IReadOnlyList<string>> ReadNextSteps(JsonElement settings, string workflowName)
    {
        var steps = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (settings.TryGetProperty("nextSteps", out var byVerdict) && byVerdict.ValueKind == JsonValueKind.Object)
        {
            foreach (var verdict in byVerdict.EnumerateObject())
            {
                steps[verdict.Name] = RuleAnnotations.Texts(byVerdict, verdict.Name).Select(step => _texts.Render(step, workflowName)).ToArray();
            }
        }

        return steps;
    }

    private static string Hint(string? name, IEnumerable<string> candidates) => name is null ? string.Empty : NameSuggestions.Hint(name, candidates);

    private void Error(WorkflowOutline outline, string? setting, string code, string message) =>
        _problems.Add(RuleDiagnostics.AtSetting(outline, setting, DiagnosticSeverity.Error, code, message));
}
