using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

internal sealed partial class WorkflowFileReader
{
    internal static readonly string[] ScopedParamFields = ["Name", "Expression"];
    internal static readonly string[] ActionsFields = ["OnSuccess", "OnFailure"];
    internal static readonly string[] ActionFields = ["Name", "Context"];

    private List<ScopedParamDefinition> ReadScopedParams(LocatedValue value, string path, string field, string? workflowName, string? ruleName)
    {
        var parameters = new List<ScopedParamDefinition>();
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Array, field, workflowName, ruleName))
        {
            return parameters;
        }

        for (var i = 0; i < value.Items.Count; i++)
        {
            var item = value.Items[i];
            var itemPath = $"{path}[{i}]";
            if (!ExpectKind(item, itemPath, JsonValueKind.Object, $"Each entry of {field}", workflowName, ruleName))
            {
                continue;
            }

            var name = ReadName(item, itemPath, "Name", "parameter", workflowName);
            LocatedString? expression = null;
            ForEachField(item, itemPath, ScopedParamFields, "parameter", workflowName, ruleName, (key, property, fieldPath) =>
            {
                if (key == "Expression")
                {
                    expression = ReadLocatedString(property.Value, fieldPath, key, workflowName, ruleName);
                }
            });

            if (expression is null || string.IsNullOrWhiteSpace(expression.Text))
            {
                Report(item, itemPath, DiagnosticCodes.MissingField, $"Parameter '{name}' has no Expression; give it the expression whose value the name stands for.", workflowName, ruleName);
            }
            else if (name is not null)
            {
                parameters.Add(new ScopedParamDefinition(name, expression, Locate(item.Start, itemPath)));
            }
        }

        return parameters;
    }

    private void ReadActions(LocatedValue value, string path, RuleDefinition rule, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Object, "Actions", workflowName, ruleName))
        {
            return;
        }

        ForEachField(value, path, ActionsFields, "Actions object", workflowName, ruleName, (key, property, fieldPath) =>
        {
            var action = ReadAction(property.Value, fieldPath, workflowName, ruleName);
            if (key == "OnSuccess")
            {
                rule.OnSuccess = action;
            }
            else
            {
                rule.OnFailure = action;
            }
        });
    }

    private ActionDefinition? ReadAction(LocatedValue value, string path, string? workflowName, string? ruleName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Object, "An action", workflowName, ruleName))
        {
            return null;
        }

        var name = ReadName(value, path, "Name", "action", workflowName);
        var context = new Dictionary<string, ActionContextEntry>(StringComparer.OrdinalIgnoreCase);
        ForEachField(value, path, ActionFields, "action", workflowName, ruleName, (key, property, fieldPath) =>
        {
            if (key != "Context" || property.Value.Kind == JsonValueKind.Null
                || !ExpectKind(property.Value, fieldPath, JsonValueKind.Object, "Context", workflowName, ruleName))
            {
                return;
            }

            foreach (var entry in property.Value.Properties)
            {
                var entryPath = $"{fieldPath}.{entry.Name}";
                var text = entry.Value.Kind == JsonValueKind.String ? new LocatedString(entry.Value.Text!, Locate(entry.Value.Start, entryPath), entry.Value.FirstEscapeIndex) : null;
                context.TryAdd(entry.Name, new ActionContextEntry(entry.Name, text, Locate(entry.Value.Start, entryPath)));
            }
        });

        return name is null ? null : new ActionDefinition(name, Locate(value.Start, path), context);
    }
}
