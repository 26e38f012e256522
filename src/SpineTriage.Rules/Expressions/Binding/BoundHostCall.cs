using System.Reflection;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// A call of a public static method of a host-registered type (<see cref="RuleSetOptions.CustomTypes"/>): every argument
/// is read first, any missing gives missing, and a null result is missing. The arguments are already converted to the
/// method's parameter types (their underlying types, for nullable parameters).
/// </summary>
internal sealed class BoundHostCall(MethodInfo method, IReadOnlyList<BoundExpression> arguments, string text)
    : BoundNode(TypeRules.Underlying(method.ReturnType), text, [.. arguments])
{
    public override int ChildCount => Arguments.Count;

    public override BoundExpression ChildAt(int index) => Arguments[index];

    public MethodInfo Method { get; } = method;

    public IReadOnlyList<BoundExpression> Arguments { get; } = arguments;

    /// <summary>A node like this one over other arguments (for residuals).</summary>
    public BoundHostCall With(IReadOnlyList<BoundExpression> arguments) => new(Method, arguments, string.Empty);
}
