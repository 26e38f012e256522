using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

internal sealed partial class WorkflowFileReader
{
    internal static readonly string[] RuleFields =
    [
        "RuleName", "Expression", "RuleExpressionType", "Operator", "Rules", "LocalParams", "SuccessEvent",
        "ErrorMessage", "Enabled", "Properties", "Actions", "WorkflowsToInject", "ErrorType",
    ];

    private static readonly string[] Operators = ["And", "AndAlso", "Or", "OrElse"];

    private void ReadRules(LocatedValue value, JsonPathRef path, List<RuleDefinition> into, string? workflowName)
    {
        if (value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.Array, "Rules", workflowName, null))
        {
            return;
        }

        into.EnsureCapacity(into.Count + value.Items.Count);
        var i = 0;
        foreach (var item in value.Items)
        {
            if (ReadRule(item, path.Item(i++), workflowName) is { } rule)
            {
                into.Add(rule);
            }
        }
    }

    private RuleDefinition? ReadRule(LocatedValue value, JsonPathRef path, string? workflowName)
    {
        if (!ExpectKind(value, path, JsonValueKind.Object, "A rule", workflowName, null))
        {
            return null;
        }

        var name = ReadName(value, path, "RuleName", "rule", workflowName);
        var (line, column) = _lines.At(value.Start);
        var rule = new RuleDefinition(name ?? string.Empty, _file, line, column, path);
        var rulesPresent = false;
        var expressionWritten = false;
        var seen = 0;
        foreach (var property in value.Properties)
        {
            var fieldPath = path;
            var field = KnownField(property, ref fieldPath, RuleFields, ref seen, "rule", workflowName, name);
            var item = property.Value;
            switch (field)
            {
                case "Expression":
                    expressionWritten = item.Kind != JsonValueKind.Null;
                    rule.Expression = ReadLocatedString(item, fieldPath, field, workflowName, name);
                    break;
                case "RuleExpressionType":
                    CheckRuleExpressionType(item, fieldPath, workflowName, name);
                    break;
                case "Operator":
                    rule.Operator = ReadOperator(item, fieldPath, workflowName, name);
                    break;
                case "Rules":
                    rulesPresent = item.Kind == JsonValueKind.Array && item.Items.Count > 0;
                    ReadRules(item, fieldPath, rule.RulesToFill, workflowName);
                    break;
                case "LocalParams":
                    ReadScopedParams(item, fieldPath, field, rule.LocalParamsToFill, workflowName, name);
                    break;
                case "SuccessEvent":
                    rule.SuccessEvent = ReadLocatedString(item, fieldPath, field, workflowName, name)?.Text;
                    break;
                case "ErrorMessage":
                    rule.ErrorMessage = ReadLocatedString(item, fieldPath, field, workflowName, name);
                    break;
                case "Enabled":
                    rule.Enabled = ReadBoolean(item, fieldPath, field, workflowName, name) ?? true;
                    break;
                case "Properties":
                    ReadRuleProperties(item, fieldPath, rule, workflowName, name);
                    break;
                case "Actions":
                    ReadActions(item, fieldPath, rule, workflowName, name);
                    break;
                case "WorkflowsToInject":
                    ReadNames(item, fieldPath, field, rule.WorkflowsToInjectToFill, workflowName, name);
                    break;
            }
        }

        CheckRuleShape(value, path, rule, rulesPresent, expressionWritten, workflowName, name);
        return name is null ? null : rule;
    }

    /// <summary>
    /// Apart from <see cref="ReadRule"/>, so that only a rule with Properties makes the closure over it: C# makes the
    /// closure of a captured local where the local is declared, once per rule (CompileScalingBenchmarks).
    /// </summary>
    private void ReadRuleProperties(LocatedValue value, JsonPathRef path, RuleDefinition rule, string? workflowName, string? ruleName)
    {
        rule.PrepareForProperties();
        ReadProperties(value, path, workflowName, ruleName, element => rule.Properties = element);
    }

    private void CheckRuleShape(LocatedValue value, JsonPathRef path, RuleDefinition rule, bool rulesPresent, bool expressionWritten, string? workflowName, string? name)
    {
        if (rule.Operator is not null && !rulesPresent && rule.WorkflowsToInject.Count == 0)
        {
            Report(value, path, DiagnosticCodes.OperatorWithoutRules, $"{Label(name)} has Operator '{rule.Operator}' but no nested Rules; add the Rules it combines, or remove the Operator and give it an Expression.", workflowName, name);
        }
        else if (rule.Operator is null && rulesPresent)
        {
            Report(value, path, DiagnosticCodes.RulesWithoutOperator, $"{Label(name)} has nested Rules but no Operator; add \"Operator\": \"And\" or \"Or\" to say how they combine.", workflowName, name);
        }
        else if (rule.Operator is null && string.IsNullOrWhiteSpace(rule.Expression?.Text) && (rule.Expression is not null || !expressionWritten))
        {
            Report(value, path, DiagnosticCodes.MissingField, $"{Label(name)} has no Expression; a rule without an Operator needs a non-empty Expression that is true or false.", workflowName, name);
        }
        else if (rule.Operator is not null && rulesPresent && rule.Expression is { } ignored)
        {
            _diagnostics.Add(ignored.Location.Warning(DiagnosticCodes.ExpressionIgnored, $"{Label(name)} has an Operator with nested Rules, so its Expression is ignored (as in RulesEngine); remove the Expression or move it into a nested rule.", workflowName, name));
        }
    }

    private static string Label(string? name) => name is null ? "This rule" : $"Rule '{name}'";

    private string? ReadOperator(LocatedValue value, JsonPathRef path, string? workflowName, string? ruleName)
    {
        var text = value.Kind == JsonValueKind.Null || !ExpectKind(value, path, JsonValueKind.String, "Operator", workflowName, ruleName) ? null : value.Text;
        if (text is null || Array.IndexOf(Operators, text) >= 0)
        {
            return text;
        }

        var sameWord = SameWordIgnoringCase(Operators, text);
        var message = sameWord is not null
            ? $"Operator '{text}' must be written '{sameWord}'; RulesEngine accepts this spelling when validating but then fails to compile the rule."
            : $"Operator '{text}' is not one of And, AndAlso, Or, OrElse.{NameSuggester.DidYouMean(text, Operators)}";
        Report(value, path, DiagnosticCodes.InvalidOperator, message, workflowName, ruleName);
        return sameWord ?? "And";
    }

    private static string? SameWordIgnoringCase(string[] words, string text)
    {
        foreach (var word in words)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        return null;
    }

    private void CheckRuleExpressionType(LocatedValue value, JsonPathRef path, string? workflowName, string? ruleName)
    {
        var valid = value.Kind switch
        {
            JsonValueKind.String => string.Equals(value.Text, "LambdaExpression", StringComparison.OrdinalIgnoreCase),
            JsonValueKind.Number => value.Text == "0",
            JsonValueKind.Null => true,
            _ => false,
        };
        if (!valid)
        {
            var found = value.Kind is JsonValueKind.String or JsonValueKind.Number ? $"'{value.Text}'" : value.KindName;
            Report(value, path, DiagnosticCodes.InvalidRuleExpressionType, $"RuleExpressionType must be \"LambdaExpression\" or 0 (the only kind RulesEngine has), but found {found}.", workflowName, ruleName);
        }
    }
}
