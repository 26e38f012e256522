using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Expressions;

/// <summary>Folds a bound expression that reads no input (literals, thresholds, arithmetic on them) to its value at load.</summary>
internal static class ConstantFolding
{
    /// <summary>True when the expression reads no input and no lambda variable.</summary>
    public static bool IsConstant(BoundExpression expression) => expression switch
    {
        BoundInput or BoundLambdaVariable => false,
        BoundDateCall { ReadsClock: true } => false,
        BoundParameter parameter => IsConstant(parameter.Value),
        _ => expression.Children.All(IsConstant),
    };

    /// <summary>The value (a bool for conditions, null when missing), or false when the expression is not constant or fails to evaluate.</summary>
    public static bool TryFold(BoundExpression expression, out object? value)
    {
        if (expression is BoundConstant constant)
        {
            // What the walker gives for a constant, without its start-up on the first load (most global parameters are thresholds).
            value = constant.Value;
            return true;
        }

        value = null;
        if (!IsConstant(expression))
        {
            return false;
        }

        try
        {
            value = EvaluateMode.Walker([], TruthMode.ThreeValued).Value(expression);
            return true;
        }
        catch (Exception exception) when (exception is ArithmeticException or InvalidOperationException or InvalidCastException)
        {
            return false;
        }
    }
}
