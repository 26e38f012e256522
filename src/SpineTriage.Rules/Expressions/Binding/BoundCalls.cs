namespace SpineTriage.Rules.Expressions;

internal enum StringMethod
{
    Contains,
    StartsWith,
    EndsWith,
    ToLower,
    ToUpper,
    Trim,
    Length,
}

/// <summary>A whitelisted string method (ordinal, culture-invariant); missing when the target or argument is missing.</summary>
internal sealed class BoundStringCall(StringMethod method, BoundExpression target, BoundExpression? argument, string text)
    : BoundNode(method switch
    {
        StringMethod.Length => typeof(int),
        StringMethod.Contains or StringMethod.StartsWith or StringMethod.EndsWith => typeof(bool),
        _ => typeof(string),
    }, text, argument is null ? [target] : [target, argument])
{
    public override int ChildCount => Argument is null ? 1 : 2;

    public override BoundExpression ChildAt(int index) => index == 0 ? Target : Argument!;

    public StringMethod Method { get; } = method;

    public BoundExpression Target { get; } = target;

    public BoundExpression? Argument { get; } = argument;
}

internal enum CollectionMethod
{
    Any,
    All,
    Count,
    Sum,
    Min,
    Max,
}

/// <summary>
/// A collection method. Any/All/Count take a boolean body (none: Any() and Count()); Sum/Min/Max a numeric body.
/// Contains(v) is bound as Any(x => x == v).
/// </summary>
internal sealed class BoundCollectionCall(
    CollectionMethod method, BoundExpression source, CollectionShape shape, LambdaVariable? variable, BoundExpression? body, Type type, string text)
    : BoundNode(type, text, body is null ? [source] : [source, body])
{
    public override int ChildCount => Body is null ? 1 : 2;

    public override BoundExpression ChildAt(int index) => index == 0 ? Source : Body!;

    public CollectionMethod Method { get; } = method;

    public BoundExpression Source { get; } = source;

    public CollectionShape Shape { get; } = shape;

    public LambdaVariable? Variable { get; } = variable;

    public BoundExpression? Body { get; } = body;
}

internal enum MathFunction
{
    Abs,
    Min,
    Max,
    Round,
}

/// <summary>Math.Abs/Min/Max/Round; Round's digits, when given, are a constant checked at bind time.</summary>
internal sealed class BoundMathCall(MathFunction function, IReadOnlyList<BoundExpression> arguments, string text)
    : BoundNode(arguments[0].Type, text, [.. arguments])
{
    public override int ChildCount => Arguments.Count;

    public override BoundExpression ChildAt(int index) => Arguments[index];

    public MathFunction Function { get; } = function;

    public IReadOnlyList<BoundExpression> Arguments { get; } = arguments;
}
