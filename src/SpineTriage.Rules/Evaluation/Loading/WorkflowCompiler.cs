using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>Binds and compiles one workflow's global parameters and rules, once, at load.</summary>
/// <remarks>
/// In two halves: <see cref="Bind"/> binds and checks everything (every problem is reported, in the order of the
/// file), <see cref="Build"/> makes the compiled workflow. The loader binds every workflow before it builds any,
/// because the definitions' Properties may still be being parsed on another thread (see <see cref="PropertiesParser"/>).
/// </remarks>
internal sealed partial class WorkflowCompiler(LoadContext context, ExpressionEnvironment inputEnvironment)
{
    public BoundWorkflow Bind(WorkflowDefinition definition)
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

        var boundRules = new List<BoundRule>();
        foreach (var rule in definition.Rules)
        {
            if (rule.Enabled)
            {
                boundRules.Add(BindRule(rule, name, environment, scope));
            }
        }

        return new BoundWorkflow(definition, globals, boundRules);
    }

    /// <summary>The compiled workflow of a bound one (its definition's Properties must be parsed by now).</summary>
    public CompiledWorkflow Build(BoundWorkflow bound)
    {
        var definition = bound.Definition;
        var workflow = new CompiledWorkflow(definition.Name, definition.Location.File, definition.Properties, bound.Globals, context.Inputs) { TruthMode = context.TruthMode };
        workflow.OwnRules = BuildRules(bound.Rules, workflow);
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

    /// <summary>The first half of compiling a rule: binds and checks everything, reporting problems in the order of the file.</summary>
    private BoundRule BindRule(RuleDefinition definition, string workflowName, ExpressionEnvironment environment, NameScope scope)
    {
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

        // A leaf shares the empty list (CompileScalingBenchmarks: a list per rule lived until the workflow was built).
        IReadOnlyList<BoundRule> children = [];
        BoundExpression? condition = null;
        if (definition.IsComposite)
        {
            var boundChildren = new List<BoundRule>();
            foreach (var child in definition.Rules)
            {
                if (child.Enabled)
                {
                    boundChildren.Add(BindRule(child, workflowName, environment, scope));
                }
            }

            children = boundChildren;
        }
        else if (definition.Expression is { } expression && !string.IsNullOrWhiteSpace(expression.Text))
        {
            condition = BindCondition(expression, environment, workflowName, definition.Name);
        }

        var template = CompileTemplate(definition.ErrorMessage, environment, workflowName, definition.Name);
        var onSuccess = CompileAction(definition.OnSuccess, environment, workflowName, definition.Name);
        var onFailure = CompileAction(definition.OnFailure, environment, workflowName, definition.Name);
        if (!definition.IsComposite && definition.WorkflowsToInject.Count > 0)
        {
            context.Diagnostics.Add(definition.WorkflowsToInject[0].Location.Warning(DiagnosticCodes.InjectionIgnored, $"Rule '{definition.Name}' has WorkflowsToInject but no Operator, so the injection is ignored (as in RulesEngine); add an Operator to combine the injected rules.", workflowName, definition.Name));
        }

        return new BoundRule(definition, children, condition, template, onSuccess, onFailure);
    }

    private IReadOnlyList<CompiledRule> BuildRules(IReadOnlyList<BoundRule> bound, CompiledWorkflow workflow)
    {
        if (bound.Count == 0)
        {
            // A leaf keeps the shared empty list, not a list of its own (CompileScalingBenchmarks).
            return [];
        }

        var rules = new List<CompiledRule>(bound.Count);
        for (var i = 0; i < bound.Count; i++)
        {
            rules.Add(BuildRule(bound[i], workflow));
        }

        return rules;
    }

    /// <summary>The second half: the compiled rule (children first) and its links to resolve once every workflow is compiled.</summary>
    private CompiledRule BuildRule(BoundRule bound, CompiledWorkflow workflow)
    {
        var definition = bound.Definition;
        var children = BuildRules(bound.Children, workflow);
        var rule = new CompiledRule(definition.Name, workflow.Name, definition.Location)
        {
            Expression = definition.IsComposite ? null : definition.Expression?.Text,
            Operator = definition.Operator,
            SuccessEvent = definition.SuccessEvent,
            ErrorMessage = definition.ErrorMessage?.Text,
            Properties = definition.Properties,
            Rules = children,
            Condition = bound.Condition,
            TruthMode = context.TruthMode,
            ErrorTemplate = bound.ErrorTemplate,
            OnSuccess = bound.OnSuccess,
            OnFailure = bound.OnFailure,
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

    /// <summary>A workflow bound and checked, waiting to be built.</summary>
    internal sealed record BoundWorkflow(WorkflowDefinition Definition, List<GlobalParameter> Globals, List<BoundRule> Rules);

    /// <summary>A rule bound and checked, waiting to be built (its Properties may still be being parsed).</summary>
    internal sealed record BoundRule(RuleDefinition Definition, IReadOnlyList<BoundRule> Children, BoundExpression? Condition, ErrorMessageTemplate? ErrorTemplate, RuleAction? OnSuccess, RuleAction? OnFailure);
}
