using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

internal sealed partial class WorkflowFileReader
{
    internal static readonly string[] ScopedParamFields = ["Name", "Expression"];
    internal static readonly string[] ActionsFields = ["OnSuccess", "OnFailure"];
    internal static readonly string[] ActionFields = ["Name", "Context"];

    private void ReadScopedParams(LocatedValue value, JsonPathRef path, string field, List<ScopedParamDefinition> into, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Array, field, workflowName, ruleName))
        {
            return;
        }

        var i = 0;
        foreach (var item in value.Items)
        {
            var itemPath = path.Item(i++);
            if (!ExpectKind(item, itemPath, JsonValueKind.Object, $"Each entry of {field}", workflowName, ruleName))
            {
                continue;
            }

            var name = ReadName(item, itemPath, "Name", "parameter", workflowName);
            LocatedString? expression = null;
            var seen = 0;
            foreach (var property in item.Properties)
            {
                var fieldPath = itemPath;
                if (KnownField(property, ref fieldPath, ScopedParamFields, ref seen, "parameter", workflowName, ruleName) == "Expression")
                {
                    expression = ReadLocatedString(property.Value, fieldPath, "Expression", workflowName, ruleName);
                }
            }

            if (expression is null || string.IsNullOrWhiteSpace(expression.Text))
            {
                Report(item, itemPath, DiagnosticCodes.MissingField, $"Parameter '{name}' has no Expression; give it the expression whose value the name stands for.", workflowName, ruleName);
            }
            else if (name is not null)
            {
                into.Add(new ScopedParamDefinition(name, expression, Locate(item.Start, itemPath)));
            }
        }
    }

    private void ReadActions(LocatedValue value, JsonPathRef path, RuleDefinition rule, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Object, "Actions", workflowName, ruleName))
        {
            return;
        }

        var seen = 0;
        foreach (var property in value.Properties)
        {
            var fieldPath = path;
            var key = KnownField(property, ref fieldPath, ActionsFields, ref seen, "Actions object", workflowName, ruleName);
            if (key is null)
            {
                continue;
            }

            var action = ReadAction(property.Value, fieldPath, workflowName, ruleName);
            if (key == "OnSuccess")
            {
                rule.OnSuccess = action;
            }
            else
            {
                rule.OnFailure = action;
            }
        }
    }

    private ActionDefinition? ReadAction(LocatedValue value, JsonPathRef path, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Object, "An action", workflowName, ruleName))
        {
            return null;
        }

        var name = ReadName(value, path, "Name", "action", workflowName);
        var context = new Dictionary<string, ActionContextEntry>(StringComparer.OrdinalIgnoreCase);
        var seen = 0;
        foreach (var property in value.Properties)
        {
            var fieldPath = path;
            if (KnownField(property, ref fieldPath, ActionFields, ref seen, "action", workflowName, ruleName) != "Context"
                || property.Value.Kind == JsonValueKind.Null
                || !ExpectKind(property.Value, fieldPath, JsonValueKind.Object, "Context", workflowName, ruleName))
            {
                continue;
            }

            var contextPath = fieldPath.ToString();
            foreach (var entry in property.Value.Properties)
            {
                var key = entry.Name;
                var entryPath = new JsonPathRef(contextPath, -1, key);
                var text = entry.Value.Kind == JsonValueKind.String ? new LocatedString(entry.Value.Text!, Locate(entry.Value.Start, entryPath), entry.Value.FirstEscapeIndex) : null;
                context.TryAdd(key, new ActionContextEntry(key, text, Locate(entry.Value.Start, entryPath)));
            }
        }

        return name is null ? null : new ActionDefinition(name, Locate(value.Start, path), context);
    }
}
