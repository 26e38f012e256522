using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Evaluation;

/// <summary>A built-in action, bound and checked at load; run lazily when a result's <see cref="RuleResult.ActionResult"/> is read.</summary>
internal abstract class RuleAction(string name)
{
    public string Name { get; } = name;

    public abstract ActionResult Run(object?[] args);
}

/// <summary>
/// RulesEngine's <c>OutputExpression</c>: the value of an expression over the inputs and parameters. The expression is
/// bound at load (so a mistake in it is a load diagnostic) and compiled to a delegate on the action's first run: most
/// actions never run, and compiling each at load cost a System.Linq.Expressions compilation per action for nothing.
/// </summary>
internal sealed class OutputExpressionAction(BoundExpression value) : RuleAction("OutputExpression")
{
    private Func<object?[], object?>? _compiled;

    public override ActionResult Run(object?[] args)
    {
        try
        {
            // A race compiles twice and keeps either: the same delegate.
            var compiled = _compiled ??= ExpressionCompiler.CompileValue(value);
            return new ActionResult(Name, compiled(args), null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new ActionResult(Name, null, $"Exception while executing OutputExpression: {exception.Message}");
        }
    }
}

/// <summary>RulesEngine's <c>EvaluateRule</c>: evaluates another top-level rule with the same inputs and returns its action's output.</summary>
internal sealed class EvaluateRuleAction(string workflowName, string ruleName) : RuleAction("EvaluateRule")
{
    public string WorkflowName { get; } = workflowName;

    public string RuleName { get; } = ruleName;

    /// <summary>Gets or sets the resolved target, set once while the rule set is linked.</summary>
    public Workflow? TargetWorkflow { get; set; }

    public Rule? TargetRule { get; set; }

    public override ActionResult Run(object?[] args)
    {
        var chained = TargetWorkflow!.EvaluateRule(TargetRule!, args);
        var chainedAction = chained.ActionResult;
        return new ActionResult(Name, chainedAction?.Output, chainedAction?.ErrorMessage ?? chained.ExceptionMessage);
    }
}
