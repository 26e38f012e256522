using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>Reports rule names used twice in one workflow after injection (RulesEngine fails on them only at first execution).</summary>
internal static class RuleNameChecker
{
    public static void Check(Workflow workflow, DiagnosticList diagnostics)
    {
        // Sized for the top-level rules at once: growing it made several large arrays (CompileScalingBenchmarks).
        var seen = new Dictionary<string, Rule>(workflow.Rules.Count, StringComparer.OrdinalIgnoreCase);
        Visit(workflow, workflow.Rules, seen, diagnostics);
    }

    private static void Visit(Workflow workflow, IReadOnlyList<Rule> rules, Dictionary<string, Rule> seen, DiagnosticList diagnostics)
    {
        foreach (var rule in rules)
        {
            if (seen.TryGetValue(rule.Name, out var first))
            {
                var injected = rule.WorkflowName == workflow.Name ? string.Empty : $" (injected from workflow '{rule.WorkflowName}')";
                var location = new SourceLocation(rule.SourceName ?? string.Empty, rule.Line, rule.Column, rule.JsonPath);
                diagnostics.Add(location.Error(DiagnosticCodes.DuplicateRuleName, $"Rule name '{rule.Name}'{injected} is used twice in workflow '{workflow.Name}'; it was first used at {first.SourceName}:{first.Line}:{first.Column}. Rule names must be unique in a workflow, injected rules included (names are case-insensitive).", workflow.Name, rule.Name));
            }
            else
            {
                seen[rule.Name] = rule;
                Visit(workflow, rule.Rules, seen, diagnostics);
            }
        }
    }
}
