using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

internal sealed partial class WorkflowBinder
{
    private static readonly string[] ActionNames = ["OutputExpression", "EvaluateRule"];
    private static readonly string[] OutputExpressionKeys = ["expression"];
    private static readonly string[] EvaluateRuleKeys = ["workflowName", "ruleName"];
    private static readonly string[] UnsupportedContextKeys = ["inputFilter", "additionalInputs"];

    private ErrorMessageTemplate? CompileTemplate(LocatedString? message, ExpressionEnvironment environment, string workflowName, string ruleName)
    {
        if (message is null)
        {
            return null;
        }

        var limits = context.Options.Limits;
        var placeholders = new List<ErrorMessageTemplate.Placeholder>();
        var bound = new Dictionary<string, BoundExpression?>(StringComparer.Ordinal);
        var count = 0;
        foreach (var found in ErrorMessageTemplate.FindPlaceholders(message.Text))
        {
            if (++count > limits.MaxErrorMessagePlaceholders)
            {
                context.Diagnostics.Add(message.ErrorAt(found.Start, DiagnosticCodes.TooManyPlaceholders, $"The ErrorMessage has more than {limits.MaxErrorMessagePlaceholders:N0} placeholders $(…), the limit (RuleLimits.MaxErrorMessagePlaceholders); use fewer or raise the limit.", workflowName, ruleName));
                return null;
            }

            if (!bound.TryGetValue(found.Path, out var value))
            {
                value = bound[found.Path] = BindPlaceholder(message, found, environment, workflowName, ruleName);
            }

            if (value is not null)
            {
                placeholders.Add(new ErrorMessageTemplate.Placeholder(found.Path, value, found.Start, found.End));
            }
        }

        if (message.Text.Length > limits.MaxStringLength)
        {
            context.Diagnostics.Add(message.ErrorAt(limits.MaxStringLength, DiagnosticCodes.ErrorMessageTooLong, $"The ErrorMessage is {message.Text.Length:N0} characters long, more than the limit of {limits.MaxStringLength:N0} (RuleLimits.MaxStringLength); shorten it or raise the limit.", workflowName, ruleName));
            return null;
        }

        return new ErrorMessageTemplate(message.Text, placeholders, limits.MaxStringLength);
    }

    private BoundExpression? BindPlaceholder(LocatedString message, ErrorMessageTemplate.PlaceholderText found, ExpressionEnvironment environment, string workflowName, string ruleName)
    {
        // An unknown path stays in the message as written, as RulesEngine leaves it: a warning, not an error (once per distinct path).
        ExpressionDiagnostic? problem = null;
        var bound = string.IsNullOrWhiteSpace(found.Path) ? null : ExpressionFrontEnd.Bind(found.Path, environment, ExpressionLimits.Default, out problem);
        if (bound is null || problem is not null)
        {
            var reason = problem is { } known ? $" ({known.Message})" : string.Empty;
            context.Diagnostics.Add(message.At(found.Offset).Warning(DiagnosticCodes.UnknownPlaceholder, $"The placeholder $({found.Path}) in the ErrorMessage names nothing the rule can read{reason}; it will be shown as written. Use an input path such as $(order.Amount) or a parameter name.", workflowName, ruleName));
            return null;
        }

        return bound;
    }

    private RuleAction? CompileAction(ActionDefinition? action, ExpressionEnvironment environment, string workflowName, string ruleName)
    {
        if (action is null)
        {
            return null;
        }

        if (string.Equals(action.Name, "OutputExpression", StringComparison.OrdinalIgnoreCase))
        {
            CheckContextKeys(action, OutputExpressionKeys, workflowName, ruleName);
            if (ContextText(action, "expression", workflowName, ruleName) is { } expression
                && context.Binder.Bind(expression, environment, workflowName, ruleName) is { } bound)
            {
                return new OutputExpressionAction(bound);
            }

            return null;
        }

        if (string.Equals(action.Name, "EvaluateRule", StringComparison.OrdinalIgnoreCase))
        {
            CheckContextKeys(action, EvaluateRuleKeys, workflowName, ruleName);
            var targetWorkflow = ContextText(action, "workflowName", workflowName, ruleName);
            var targetRule = ContextText(action, "ruleName", workflowName, ruleName);
            if (targetWorkflow is null || targetRule is null)
            {
                return null;
            }

            return new EvaluateRuleAction(targetWorkflow.Text, targetRule.Text);
        }

        context.Diagnostics.Add(action.Location.Error(DiagnosticCodes.UnknownAction, $"Unknown action '{action.Name}'; the built-in actions are OutputExpression and EvaluateRule.{NameSuggester.DidYouMean(action.Name, ActionNames)}", workflowName, ruleName));
        return null;
    }

    /// <summary>A misspelt Context key would be ignored and the action would do something else: every unknown key is an error.</summary>
    private void CheckContextKeys(ActionDefinition action, string[] known, string workflowName, string ruleName)
    {
        foreach (var entry in action.Context.Values)
        {
            if (known.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var message = UnsupportedContextKeys.Contains(entry.Key, StringComparer.OrdinalIgnoreCase)
                ? $"Action '{action.Name}' has Context key '{entry.Key}', which RulesEngine supports and SpineTriage does not (an EvaluateRule action passes the rule set's own inputs); remove it."
                : $"Action '{action.Name}' has an unknown Context key '{entry.Key}'; it takes {string.Join(" and ", known.Select(k => $"'{k}'"))}.{NameSuggester.DidYouMean(entry.Key, known)}";
            context.Diagnostics.Add(entry.Location.Error(DiagnosticCodes.UnknownActionContextKey, message, workflowName, ruleName));
        }
    }

    private LocatedString? ContextText(ActionDefinition action, string key, string workflowName, string ruleName)
    {
        if (action.Context.TryGetValue(key, out var entry) && entry.Text is { } text && !string.IsNullOrWhiteSpace(text.Text))
        {
            return text;
        }

        var location = entry?.Location ?? action.Location;
        context.Diagnostics.Add(location.Error(DiagnosticCodes.InvalidActionContext, $"Action '{action.Name}' needs a non-empty string '{key}' in its Context.", workflowName, ruleName));
        return null;
    }

    private void RegisterLinks(RuleDefinition definition, Rule rule, Workflow workflow, IReadOnlyList<Rule> children)
    {
        RegisterEvaluateRule(rule.OnSuccess, rule, definition);
        RegisterEvaluateRule(rule.OnFailure, rule, definition);

        if (definition.IsComposite && definition.WorkflowsToInject.Count > 0)
        {
            context.RuleInjections.Add(new RuleInjection(rule, workflow, children, definition.WorkflowsToInject));
        }
    }

    private void RegisterEvaluateRule(RuleAction? action, Rule rule, RuleDefinition definition)
    {
        if (action is EvaluateRuleAction evaluateRule)
        {
            context.EvaluateRuleActions.Add(new PendingEvaluateRule(evaluateRule, rule, definition.Location));
        }
    }
}
