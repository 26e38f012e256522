using System.Linq.Expressions;
using SpineTriage.Rules.Expressions.Compilation;

namespace SpineTriage.Rules.Expressions;

/// <summary>Compiles one bound expression to a delegate with System.Linq.Expressions, when a caller needs it (a rule's predicate, an action's value on its first run); the workflow's fast tier is built by <see cref="SpineTriage.Rules.Evaluation.PlanCompiler"/>.</summary>
internal static class ExpressionCompiler
{
    /// <summary>Compiles a boolean expression once; the delegate is thread-safe and allocation-free for scalar comparisons.</summary>
    public static Func<object?[], Truth> CompilePredicate(BoundExpression condition, TruthMode mode)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var builder = new DelegateBuilder(mode);
        return builder.Lambda<Func<object?[], Truth>>(builder.Truth(condition)).Compile();
    }

    /// <summary>Compiles a value expression (OutputExpression, message placeholders); null when the value is missing or null.</summary>
    public static Func<object?[], object?> CompileValue(BoundExpression value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new DelegateBuilder(TruthMode.ThreeValued);
        return builder.Lambda<Func<object?[], object?>>(Expression.Convert(builder.Value(value), typeof(object))).Compile();
    }
}
