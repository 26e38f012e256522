namespace SpineTriage.Rules;

/// <summary>A built-in action compiled at load; run lazily when a result's <see cref="RuleResult.ActionResult"/> is read.</summary>
internal abstract class RuleAction(string name)
{
    public string Name { get; } = name;

    public abstract ActionResult Run(object?[] args);
}

/// <summary>RulesEngine's <c>OutputExpression</c>: the value of an expression over the inputs and parameters.</summary>
internal sealed class OutputExpressionAction(Func<object?[], object?> value) : RuleAction("OutputExpression")
{
    public override ActionResult Run(object?[] args)
    {
        try
        {
            return new ActionResult(Name, value(args), null);
        }
        catch (Exception exception)
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
    public CompiledWorkflow? TargetWorkflow { get; set; }

    public CompiledRule? TargetRule { get; set; }

    public override ActionResult Run(object?[] args)
    {
        var chained = TargetWorkflow!.EvaluateRule(TargetRule!, args);
        var chainedAction = chained.ActionResult;
        return new ActionResult(Name, chainedAction?.Output, chainedAction?.ErrorMessage ?? chained.ExceptionMessage);
    }
}
