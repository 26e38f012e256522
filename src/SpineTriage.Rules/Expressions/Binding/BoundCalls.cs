namespace SpineTriage.Rules.Expressions.Binding;

internal enum StringMethod
{
    Contains,
    StartsWith,
    EndsWith,
    ToLower,
    ToUpper,
    Trim,
    Length,

    /// <summary>Ordinal equality, <c>a.Equals(b)</c> or with <c>StringComparison.Ordinal</c>.</summary>
    Equals,

    /// <summary>Ordinal equality ignoring case, <c>a.Equals(b, StringComparison.OrdinalIgnoreCase)</c>.</summary>
    EqualsIgnoreCase,

    /// <summary><c>int.Parse(text)</c>, invariant culture; missing when the text is not a whole number that fits an int.</summary>
    ParseInt,

    /// <summary><c>double.Parse(text)</c>, invariant culture; missing when the text is not a finite number.</summary>
    ParseDouble,
}

/// <summary>A whitelisted string method (ordinal, culture-invariant); missing when the target or argument is missing.</summary>
internal sealed class BoundStringCall(StringMethod method, BoundExpression target, BoundExpression? argument, string text)
    : BoundNode(method switch
    {
        StringMethod.Length or StringMethod.ParseInt => typeof(int),
        StringMethod.ParseDouble => typeof(double),
        StringMethod.Contains or StringMethod.StartsWith or StringMethod.EndsWith or StringMethod.Equals or StringMethod.EqualsIgnoreCase => typeof(bool),
        _ => typeof(string),
    }, text, argument is null ? [target] : [target, argument])
{
    public override int ChildCount => Argument is null ? 1 : 2;

    public override BoundExpression ChildAt(int index) => index == 0 ? Target : Argument!;

    public StringMethod Method { get; } = method;

    public BoundExpression Target { get; } = target;

    public BoundExpression? Argument { get; } = argument;

    /// <summary>Gets a value indicating whether the call is int.Parse or double.Parse (missing, with the text's path, when the text does not parse).</summary>
    public bool IsParse => Method is StringMethod.ParseInt or StringMethod.ParseDouble;
}

internal enum CollectionMethod
{
    Any,
    All,
    Count,
    Sum,
    Min,
    Max,

    /// <summary>The mean of a numeric body (double, or decimal for decimals); missing for no elements.</summary>
    Average,

    /// <summary>The first element whose boolean body is True (or the first element); missing when none.</summary>
    FirstOrDefault,

    /// <summary>The last element whose boolean body is True (or the last element); missing when none.</summary>
    LastOrDefault,
}

/// <summary>
/// A collection method. Any/All/Count take a boolean body (none: Any() and Count()); Sum/Min/Max/Average a numeric body;
/// FirstOrDefault/LastOrDefault an optional boolean body and give an element (their type is the element's). Contains(v)
/// is bound as Any(x => x == v), and Where(p) before a method as part of its body (see ExpressionBinder.Collections).
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

    /// <summary>Gets a value indicating whether the call is Any or All (a condition over the elements).</summary>
    public bool IsQuantifier => Method is CollectionMethod.Any or CollectionMethod.All;

    /// <summary>Gets a value indicating whether the call picks an element (FirstOrDefault, LastOrDefault).</summary>
    public bool IsPick => Method is CollectionMethod.FirstOrDefault or CollectionMethod.LastOrDefault;
}

/// <summary>
/// <c>list[index]</c> on an array or list: missing when the list or the index is missing, when the index is out of
/// bounds (never an exception) and when the element is null. Its type is the element's.
/// </summary>
internal sealed class BoundElementAt(BoundExpression source, CollectionShape shape, BoundExpression index, string text)
    : BoundNode(TypeRules.Underlying(shape.ElementType), text, source, index)
{
    public override int ChildCount => 2;

    public override BoundExpression ChildAt(int index) => index == 0 ? Source : Index;

    public BoundExpression Source { get; } = source;

    public CollectionShape Shape { get; } = shape;

    public BoundExpression Index { get; } = index;
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
