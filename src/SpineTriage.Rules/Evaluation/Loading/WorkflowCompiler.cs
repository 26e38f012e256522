using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>Binds and compiles one workflow's global parameters and rules, once, at load.</summary>
/// <remarks>The definitions' Properties may still be being parsed by <paramref name="properties"/>: waited for only when the compiled workflow is built from them.</remarks>
internal sealed partial class WorkflowCompiler(LoadContext context, ExpressionEnvironment inputEnvironment, PropertiesParser? properties = null)
{
    public CompiledWorkflow Compile(WorkflowDefinition definition)
    {
        var name = definition.Name;
        var scope = NameScope.ForInputs(context.Inputs);
        var environment = inputEnvironment;
        var globals = new List<GlobalParameter>();
        foreach (var global in definition.GlobalParams)
        {
            if (!scope.TryDeclare(global, "global parameter", context.Diagnostics, name, null)
                || context.Binder.Bind(global.Expression, environment, name, null) is not { } bound)
            {
                continue;
            }

            var overridden = Override(global, ref bound, name);
            environment = environment.WithParameter(global.Name, bound);
            globals.Add(new GlobalParameter(global.Name, global.Expression.Text, bound.Type, overridden).WithBound(bound, global.Location));
        }

        properties?.Finish();
        var workflow = new CompiledWorkflow(name, definition.Location.File, definition.Properties, globals, context.Inputs) { TruthMode = context.TruthMode };
        var rules = new List<CompiledRule>();
        foreach (var rule in definition.Rules)
        {
            if (rule.Enabled)
            {
                rules.Add(CompileRule(rule, workflow, environment, scope));
            }
        }

        workflow.OwnRules = rules;
        context.WorkflowInjections[workflow] = definition.WorkflowsToInject;
        return workflow;
    }

    private bool Override(ScopedParamDefinition global, ref BoundExpression bound, string workflowName)
    {
        if (!context.Options.GlobalParameterOverrides.TryGetValue(global.Name, out var value))
        {
            return false;
        }

        context.UsedOverrides.Add(global.Name);
        if (ExpressionFrontEnd.TryCreateConstant(value, bound.Type, out var constant, out var error) && constant is not null)
        {
            bound = constant;
            return true;
        }

        context.Diagnostics.Add(global.Location.Error(DiagnosticCodes.OverrideNotConvertible, $"The host override of global parameter '{global.Name}' ({value?.GetType().Name ?? "null"}) cannot replace a value of type {bound.Type.Name}: {error} Pass a value of type {bound.Type.Name}.", workflowName));
        return false;
    }

    private CompiledRule CompileRule(RuleDefinition definition, CompiledWorkflow workflow, ExpressionEnvironment environment, NameScope scope)
    {
        var workflowName = workflow.Name;
        if (definition.LocalParams.Count > 0)
        {
            scope = scope.Nested();
            foreach (var local in definition.LocalParams)
            {
                if (scope.TryDeclare(local, "local parameter", context.Diagnostics, workflowName, definition.Name)
                    && context.Binder.Bind(local.Expression, environment, workflowName, definition.Name) is { } bound)
                {
                    environment = environment.WithParameter(local.Name, bound);
                }
            }
        }

        var children = new List<CompiledRule>();
        BoundExpression? condition = null;
        if (definition.IsComposite)
        {
            foreach (var child in definition.Rules)
            {
                if (child.Enabled)
                {
                    children.Add(CompileRule(child, workflow, environment, scope));
                }
            }
        }
        else if (definition.Expression is { } expression && !string.IsNullOrWhiteSpace(expression.Text))
        {
            condition = BindCondition(expression, environment, workflowName, definition.Name);
        }

        var rule = new CompiledRule(definition.Name, workflowName, definition.Location)
        {
            Expression = definition.IsComposite ? null : definition.Expression?.Text,
            Operator = definition.Operator,
            SuccessEvent = definition.SuccessEvent,
            ErrorMessage = definition.ErrorMessage?.Text,
            Properties = definition.Properties,
            Rules = children,
            Condition = condition,
            TruthMode = context.TruthMode,
            ErrorTemplate = CompileTemplate(definition.ErrorMessage, environment, workflowName, definition.Name),
            OnSuccess = CompileAction(definition.OnSuccess, environment, workflowName, definition.Name),
            OnFailure = CompileAction(definition.OnFailure, environment, workflowName, definition.Name),
        };
        RegisterLinks(definition, rule, workflow, children);
        return rule;
    }

    private BoundExpression? BindCondition(LocatedString expression, ExpressionEnvironment environment, string workflowName, string ruleName)
    {
        var condition = context.Binder.Bind(expression, environment, workflowName, ruleName);
        if (condition is null || condition.Type == typeof(bool))
        {
            return condition;
        }

        context.Diagnostics.Add(expression.ErrorAt(0, DiagnosticCodes.RuleExpressionNotBoolean, $"The expression of rule '{ruleName}' is a {condition.Type.Name}, but a rule expression must be true or false; compare it with something (for example '> 0' or '== \"x\"').", workflowName, ruleName));
        return null;
    }
}
