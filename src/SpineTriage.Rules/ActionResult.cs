namespace SpineTriage.Rules;

/// <summary>What a rule's OnSuccess or OnFailure action produced.</summary>
public sealed class ActionResult
{
    internal ActionResult(string actionName, object? output, string? errorMessage)
    {
        ActionName = actionName;
        Output = output;
        ErrorMessage = errorMessage;
    }

    /// <summary>Gets the action's name, such as <c>OutputExpression</c> or <c>EvaluateRule</c>.</summary>
    public string ActionName { get; }

    /// <summary>Gets the action's output: the expression's value, or the chained rule's action output.</summary>
    public object? Output { get; }

    /// <summary>Gets why the action failed at run time, or <see langword="null"/>.</summary>
    public string? ErrorMessage { get; }
}
