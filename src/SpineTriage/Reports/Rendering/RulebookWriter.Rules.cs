using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage.Reports.Rendering;

internal sealed partial class RulebookWriter
{
    private void WriteRule(Rule rule, RuleAnnotations annotations, string? verdict)
    {
        // Rule text is escaped for Markdown (SafeText): a reason or source cannot become a heading, a link or HTML here.
        _text.Append($"#### {SafeText.MarkdownCode(rule.Name)}{(verdict is null ? string.Empty : $" → {SafeText.Markdown(verdict)}")}\n\n");
        _text.Append($"{SafeText.Markdown(annotations.Reason)}\n\n");
        _text.Append("Met when:\n\n");
        _text.Append(Condition(rule).ToMarkdownBullets()).Append('\n');
        _text.Append(annotations.Citations.Count > 0
            ? $"Sources: {string.Join("; ", annotations.Citations.Select(c => $"{SafeText.Markdown(c.Label)} ({SafeText.MarkdownCode(c.Key)})"))}. Evidence: {SafeText.Markdown(annotations.Evidence)}.\n\n"
            : $"Source: {SafeText.Markdown(annotations.Source)}. Evidence: {SafeText.Markdown(annotations.Evidence)}.\n\n");
    }

    private PlainLanguageCondition Condition(Rule rule)
    {
        if (rule.Operator is null)
        {
            return PlainLanguageRenderer.Render(rule.Expression ?? string.Empty, Thresholds(rule.WorkflowName));
        }

        var heading = rule.Operator is "And" or "AndAlso" ? "all of the following" : "any of the following";
        return new PlainLanguageCondition(heading, rule.Rules.Select(Condition).ToList());
    }

    private void WriteDerivedFacts(Workflow workflow)
    {
        var facts = workflow.GlobalParams.Where(g => !g.IsConstant).ToList();
        if (facts.Count == 0)
        {
            return;
        }

        _text.Append("### Derived facts\n\n");
        _text.Append("Named conditions the rules above use, built from the thresholds.\n\n");
        foreach (var fact in facts)
        {
            _text.Append($"#### {PlainLanguageRenderer.Words(fact.Name)} (`{fact.Name}`)\n\n");
            _text.Append(PlainLanguageRenderer.Render(fact.Expression, Thresholds(workflow.Name)).ToMarkdownBullets()).Append('\n');
        }
    }

    private void WriteThresholds(Workflow workflow)
    {
        var thresholds = workflow.GlobalParams.Where(g => g.IsConstant).ToList();
        if (thresholds.Count == 0)
        {
            return;
        }

        _text.Append("### Thresholds\n\n");
        _text.Append("Hosts override these by name (`TriageOptions.Thresholds`, or `--threshold name=value` on the command line).\n\n");
        _text.Append("| threshold | name | value in force | written in the rules |\n|---|---|---|---|\n");
        foreach (var threshold in thresholds)
        {
            var value = Format(threshold.Value) + (threshold.IsOverridden ? " (overridden)" : string.Empty);
            _text.Append($"| {PlainLanguageRenderer.Words(threshold.Name)} | `{threshold.Name}` | {value} | {threshold.Expression} |\n");
        }

        _text.Append('\n');
    }

    private Dictionary<string, string> Thresholds(string workflowName) =>
        engine.RuleSet.TryGetWorkflow(workflowName, out var workflow)
            ? workflow.GlobalParams.Where(g => g.IsConstant).ToDictionary(g => g.Name, g => Format(g.Value), StringComparer.Ordinal)
            : [];
}
