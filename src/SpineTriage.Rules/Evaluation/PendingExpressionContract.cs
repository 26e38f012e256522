// TEMPORARY: the parts of the expression contract the expr branch has not committed yet (compiler, explainer).
// Delete this file when merging a version of expr that provides them.
namespace SpineTriage.Rules.Expressions;

internal static class ExpressionCompiler
{
    public static Func<object?[], Truth> CompilePredicate(BoundExpression condition, TruthMode mode) => throw new NotImplementedException();

    public static Func<object?[], object?> CompileValue(BoundExpression value) => throw new NotImplementedException();
}

internal static class ExpressionExplainer
{
    public static ConditionExplanation Explain(BoundExpression expression, object?[] args, TruthMode mode) => throw new NotImplementedException();

    public static IReadOnlyList<string> MissingInputs(BoundExpression expression, object?[] args) => throw new NotImplementedException();
}
