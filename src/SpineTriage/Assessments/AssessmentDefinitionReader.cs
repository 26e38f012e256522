using System.Text.Json;
using SpineTriage.Cases.Json;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>
/// Reads and checks each workflow's <c>Properties.spinetriage</c> (rules/README.md): a verdict list, a default in it,
/// a unique assessment name, and every verdict rule's <c>SuccessEvent</c> among the verdicts. Every problem becomes an
/// error <see cref="Diagnostic"/> naming the file and the workflow.
/// </summary>
internal sealed class AssessmentDefinitionReader
{
    private readonly List<Diagnostic> _problems = [];

    public static IReadOnlyList<AssessmentDefinition> Read(RuleSet ruleSet)
    {
        var reader = new AssessmentDefinitionReader();
        var definitions = new List<AssessmentDefinition>();
        foreach (var workflow in ruleSet.Workflows)
        {
            if (reader.ReadOne(workflow) is { } definition)
            {
                if (definitions.Find(d => string.Equals(d.Assessment, definition.Assessment, StringComparison.OrdinalIgnoreCase)) is { } first)
                {
                    reader.Error(workflow, "assessment", TriageProblemCodes.DuplicateAssessment,
                        $"Workflow '{workflow.Name}' declares assessment '{definition.Assessment}', which workflow '{first.Workflow.Name}' already declares; give each assessment a unique name.");
                }

                definitions.Add(definition);
            }
        }

        if (definitions.Count == 0 && reader._problems.Count == 0)
        {
            reader._problems.Add(new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.NoAssessment,
                "No workflow declares Properties.spinetriage.assessment, so there is nothing to triage; add the spinetriage settings (assessment, verdicts, default) to each assessment workflow.") { JsonPath = "$" });
        }

        // OrderBy is stable: assessments without an order keep their file order.
        return reader._problems.Count == 0 ? definitions.OrderBy(d => d.Order).ToList() : throw new RuleLoadException(reader._problems);
    }

    private AssessmentDefinition? ReadOne(CompiledWorkflow workflow)
    {
        var properties = workflow.Properties;
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty("spinetriage", out var settings))
        {
            return null;
        }

        if (settings.ValueKind != JsonValueKind.Object)
        {
            Error(workflow, null, TriageProblemCodes.SettingsNotObject, $"Properties.spinetriage of workflow '{workflow.Name}' must be an object with assessment, verdicts and default.");
            return null;
        }

        var assessment = RuleAnnotations.Text(settings, "assessment");
        if (string.IsNullOrWhiteSpace(assessment))
        {
            return null; // a library such as the shared RedFlags workflow
        }

        var verdicts = ReadVerdicts(workflow, settings);
        var defaultVerdict = RuleAnnotations.Text(settings, "default");
        if (verdicts.Count > 0 && (defaultVerdict is null || !verdicts.Contains(defaultVerdict, StringComparer.Ordinal)))
        {
            var shown = defaultVerdict is null ? "no default" : $"default '{defaultVerdict}'";
            Error(workflow, "default", TriageProblemCodes.DefaultNotAVerdict,
                $"Workflow '{workflow.Name}' has {shown}; set Properties.spinetriage.default to one of its verdicts ({string.Join(", ", verdicts)}).{Hint(defaultVerdict, verdicts)}");
        }

        var annotations = workflow.Rules.Select(RuleAnnotations.Of).ToArray();
        CheckRules(workflow, annotations, verdicts);
        return new AssessmentDefinition
        {
            Workflow = workflow,
            Assessment = assessment,
            Title = RuleAnnotations.Text(settings, "title") ?? workflow.Name,
            Order = settings.TryGetProperty("order", out var order) && order.TryGetInt32(out var place) ? place : int.MaxValue,
            Verdicts = verdicts,
            DefaultVerdict = defaultVerdict ?? string.Empty,
            DefaultReason = RuleAnnotations.Text(settings, "defaultReason") ?? "No rule decided otherwise.",
            NextSteps = ReadNextSteps(settings),
            Annotations = annotations,
            RuleVerdicts = workflow.Rules.Select(r => r.SuccessEvent is { } e && verdicts.Contains(e, StringComparer.Ordinal) ? e : null).ToArray(),
        };
    }

    private List<string> ReadVerdicts(CompiledWorkflow workflow, JsonElement settings)
    {
        var verdicts = RuleAnnotations.Texts(settings, "verdicts").Where(v => v.Length > 0).ToList();
        if (verdicts.Count == 0)
        {
            Error(workflow, "verdicts", TriageProblemCodes.MissingVerdicts,
                $"Workflow '{workflow.Name}' declares an assessment but no verdicts; list them in Properties.spinetriage.verdicts, most precedent first.");
        }

        foreach (var repeated in verdicts.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Error(workflow, "verdicts", TriageProblemCodes.DuplicateVerdict, $"Workflow '{workflow.Name}' lists verdict '{repeated.Key}' more than once; list each verdict once.");
        }

        if (verdicts.Contains(AssessmentResult.IncompleteVerdict, StringComparer.OrdinalIgnoreCase))
        {
            Error(workflow, "verdicts", TriageProblemCodes.ReservedVerdict,
                $"Workflow '{workflow.Name}' lists verdict '{AssessmentResult.IncompleteVerdict}', which the triage layer reserves for undecided assessments; remove it (its next steps go under nextSteps.Incomplete).");
        }

        return verdicts.Distinct(StringComparer.Ordinal).ToList();
    }

    private void CheckRules(CompiledWorkflow workflow, RuleAnnotations[] annotations, List<string> verdicts)
    {
        for (var i = 0; i < annotations.Length; i++)
        {
            var rule = workflow.Rules[i];
            if (!RuleAnnotations.Kinds.Contains(annotations[i].Kind, StringComparer.Ordinal))
            {
                RuleError(rule, workflow, TriageProblemCodes.UnknownKind,
                    $"Rule '{rule.Name}' has kind '{annotations[i].Kind}'; use one of {string.Join(", ", RuleAnnotations.Kinds)}.{Hint(annotations[i].Kind, RuleAnnotations.Kinds)}");
            }
            else if (annotations[i].Kind == RuleAnnotations.VerdictKind && verdicts.Count > 0
                && (rule.SuccessEvent is null || !verdicts.Contains(rule.SuccessEvent, StringComparer.Ordinal)))
            {
                var shown = rule.SuccessEvent is null ? "no SuccessEvent" : $"SuccessEvent '{rule.SuccessEvent}'";
                RuleError(rule, workflow, TriageProblemCodes.UnknownSuccessEvent,
                    $"Verdict rule '{rule.Name}' has {shown}, which is not a verdict of workflow '{workflow.Name}'; use one of {string.Join(", ", verdicts)}.{Hint(rule.SuccessEvent, verdicts)}");
            }
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadNextSteps(JsonElement settings)
    {
        var steps = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (settings.TryGetProperty("nextSteps", out var byVerdict) && byVerdict.ValueKind == JsonValueKind.Object)
        {
            foreach (var verdict in byVerdict.EnumerateObject())
            {
                steps[verdict.Name] = RuleAnnotations.Texts(byVerdict, verdict.Name);
            }
        }

        return steps;
    }

    private static string Hint(string? name, IEnumerable<string> candidates) => name is null ? string.Empty : NameSuggestions.Hint(name, candidates);

    private void Error(CompiledWorkflow workflow, string? setting, string code, string message) =>
        _problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, message)
        {
            File = workflow.SourceName,
            WorkflowName = workflow.Name,
            JsonPath = WorkflowPath(workflow) + ".Properties.spinetriage" + (setting is null ? string.Empty : "." + setting),
        });

    private void RuleError(CompiledRule rule, CompiledWorkflow workflow, string code, string message) =>
        _problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, message)
        {
            File = rule.SourceName,
            Line = rule.Line,
            Column = rule.Column,
            JsonPath = rule.JsonPath,
            WorkflowName = workflow.Name,
            RuleName = rule.Name,
        });

    /// <summary>The workflow's JSON path (<c>$</c> or <c>$[2]</c>), taken from one of its own rules.</summary>
    private static string WorkflowPath(CompiledWorkflow workflow)
    {
        var own = workflow.Rules.FirstOrDefault(r => r.WorkflowName == workflow.Name && r.SourceName == workflow.SourceName);
        var cut = own?.JsonPath.IndexOf(".Rules[", StringComparison.Ordinal) ?? -1;
        return cut > 0 ? own!.JsonPath[..cut] : "$";
    }
}
