using System.Runtime.InteropServices;
using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>Binds and compiles one workflow's global parameters and rules, once, at load.</summary>
/// <remarks>
/// In two halves: <see cref="Bind"/> binds and checks everything (every problem is reported, in the order of the
/// file) and makes the compiled rules, <see cref="Build"/> makes the compiled workflow and gives the rules their
/// Properties. The loader binds every workflow before it builds any, because the definitions' Properties may still be
/// being parsed on another thread (see <see cref="PropertiesParser"/>). The rules are made when bound, not kept as a
/// bound record per rule until built (CompileScalingBenchmarks). Only a definition with a part to complete (Properties,
/// actions, injections, children: <see cref="RuleDefinition.HasDetails"/>) is kept for <see cref="Build"/>; the workflow's
/// list lets go of each definition once it is bound, so the plain ones (most) die while the load goes on instead of being
/// copied from generation to generation until it ends (CompileScalingBenchmarks.Load).
/// </remarks>
internal sealed partial class WorkflowBinder(LoadContext context, ExpressionEnvironment inputEnvironment)
{
    /// <summary>The bound rules of the workflow being bound whose definitions have parts to complete, children before their parent.</summary>
    private List<Completion> _completions = [];

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

        _completions = [];
        var rules = BindRules(definition.Rules, name, environment, scope, releasing: definition.Rules);
        return new BoundWorkflow(definition, globals, rules, _completions);
    }

    /// <summary>The compiled workflow of a bound one (its definition's Properties must be parsed by now).</summary>
    public Workflow Build(BoundWorkflow bound)
    {
        var definition = bound.Definition;
        var workflow = new Workflow(definition.Name, definition.Location.File, definition.Properties, bound.Globals, context.Inputs) { TruthMode = context.TruthMode };
        workflow.OwnRules = bound.Rules;
        foreach (var (ruleDefinition, rule) in bound.Completions)
        {
            rule.Properties = ruleDefinition.Properties;
            RegisterLinks(ruleDefinition, rule, workflow, rule.Rules);
        }

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

    /// <summary>The enabled rules of <paramref name="definitions"/>, in order; a leaf's empty list is the shared one.</summary>
    /// <param name="definitions">The definitions.</param>
    /// <param name="workflowName">The workflow's name.</param>
    /// <param name="environment">The names the expressions can read.</param>
    /// <param name="scope">The declared names.</param>
    /// <param name="releasing">The list <paramref name="definitions"/> is, to empty slot by slot as the rules are bound (a workflow's own list), or null.</param>
    private IReadOnlyList<Rule> BindRules(IReadOnlyList<RuleDefinition> definitions, string workflowName, ExpressionEnvironment environment, NameScope scope, List<RuleDefinition>? releasing = null)
    {
        List<Rule>? rules = null;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (releasing is not null)
            {
                CollectionsMarshal.AsSpan(releasing)[i] = null!;
            }

            if (!definition.Enabled)
            {
                continue;
            }

            var rule = context.Options.LenientRules ? BindLeniently(definition, workflowName, environment, scope) : BindRule(definition, workflowName, environment, scope);
            if (rule is not null)
            {
                (rules ??= new List<Rule>(definitions.Count)).Add(rule);
            }
        }

        releasing?.Clear();
        return (IReadOnlyList<Rule>?)rules ?? [];
    }

    /// <summary>
    /// Binds a rule with its problems set aside: without errors they are reported and the rule is kept; with errors the
    /// rule is disabled, its errors reported as warnings, then SPR115 naming it (RuleSetOptions.LenientRules).
    /// </summary>
    private Rule? BindLeniently(RuleDefinition definition, string workflowName, ExpressionEnvironment environment, NameScope scope)
    {
        context.Diagnostics.BeginCapture();
        var completionsBefore = _completions.Count;
        Rule rule;
        List<Diagnostic> captured;
        try
        {
            rule = BindRule(definition, workflowName, environment, scope);
        }
        finally
        {
            captured = context.Diagnostics.EndCapture();
        }

        var errors = captured.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors == 0)
        {
            context.Diagnostics.AddRange(captured);
            return rule;
        }

        _completions.RemoveRange(completionsBefore, _completions.Count - completionsBefore);
        context.Diagnostics.AddRange(captured.Select(d => d.Severity == DiagnosticSeverity.Error ? d with { Severity = DiagnosticSeverity.Warning } : d));
        context.Diagnostics.Add(definition.Location.Warning(DiagnosticCodes.RuleDisabled, $"Rule '{definition.Name}' is disabled: it has {errors} error(s), reported above as warnings, and lenient loading (RuleSetOptions.LenientRules) runs its workflow without it. Fix them to enable it.", workflowName, definition.Name));
        return null;
    }

    /// <summary>The first half of compiling a rule: binds and checks everything, reporting problems in the order of the file, and makes the rule.</summary>
    private Rule BindRule(RuleDefinition definition, string workflowName, ExpressionEnvironment environment, NameScope scope)
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

        IReadOnlyList<Rule> children = [];
        BoundExpression? condition = null;
        if (definition.IsComposite)
        {
            children = BindRules(definition.Rules, workflowName, environment, scope);
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

        var rule = new Rule(definition.Name, workflowName, definition.File, definition.Line, definition.Column, definition.Path)
        {
            Expression = definition.IsComposite ? null : SharedText(definition.Expression?.Text, condition),
            Operator = definition.Operator,
            SuccessEvent = definition.SuccessEvent,
            ErrorMessage = definition.ErrorMessage?.Text,
            Rules = children,
            Condition = condition,
            TruthMode = context.TruthMode,
            ErrorTemplate = template,
            OnSuccess = onSuccess,
            OnFailure = onFailure,
        };
        if (definition.HasDetails)
        {
            _completions.Add(new Completion(definition, rule));
        }

        return rule;
    }

    /// <summary>The condition's own text when it is the expression's (a condition shared with an earlier rule keeps that rule's string): one string for equal expressions (CompileScalingBenchmarks.Load).</summary>
    private static string? SharedText(string? expression, BoundExpression? condition) =>
        condition is not null && string.Equals(condition.Text, expression, StringComparison.Ordinal) ? condition.Text : expression;

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

    /// <summary>A workflow bound and checked, waiting to be built (its rules' Properties may still be being parsed).</summary>
    /// <remarks>Its definition's list of rules is empty by then: the rules with parts to complete are in <see cref="Completions"/>.</remarks>
    internal sealed record BoundWorkflow(WorkflowDefinition Definition, List<GlobalParameter> Globals, IReadOnlyList<Rule> Rules, List<Completion> Completions);

    /// <summary>A bound rule whose definition has parts that <see cref="Build"/> completes: its Properties (parsed on another thread meanwhile) and its links.</summary>
    internal sealed record Completion(RuleDefinition Definition, Rule Rule);
}
