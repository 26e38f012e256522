namespace SpineTriage.Rules.Expressions;

/// <summary>The common shape of bound nodes: a type, the source text and the operands.</summary>
internal abstract class BoundNode(Type type, string text, params BoundExpression[] children) : BoundExpression
{
    public override Type Type { get; } = type;

    public override string Text { get; } = text;

    public override IReadOnlyList<BoundExpression> Children { get; } = children;

    /// <summary>Gets the number of nodes once every param is copied in, as compilation inlines them (saturating, so a param doubling bomb cannot overflow it).</summary>
    public long ExpandedSize => _expandedSize;

    /// <summary>Gets the height of the tree once every param is copied in.</summary>
    public long ExpandedHeight => _expandedHeight;

    // Stored as int (the size saturates at int.MaxValue, a height beyond it cannot be built): 8 bytes less per node for
    // the GC to copy while a large rule set loads (CompileScalingBenchmarks).
    private readonly int _expandedSize = (int)ExpansionMeasure.Size(children);
    private readonly int _expandedHeight = (int)Math.Min(int.MaxValue, ExpansionMeasure.Height(children));
}

/// <summary>A constant; Value null with type object is the null literal, and null with another type is a missing value of that type.</summary>
internal sealed class BoundConstant(Type type, object? value, string text) : BoundNode(type, text)
{
    public object? Value { get; } = value;

    public bool IsNullLiteral => Value is null && Type == typeof(object);
}

/// <summary>Input <see cref="Index"/>, read from args[Index].</summary>
internal sealed class BoundInput(int index, string name, Type clrType, string text) : BoundNode(TypeRules.Underlying(clrType), text)
{
    public int Index { get; } = index;

    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;
}

/// <summary>A reference to a GlobalParam or LocalParam: compiled by inlining <see cref="Value"/>, explained under its name.</summary>
internal sealed class BoundParameter(string name, BoundExpression value, string text) : BoundNode(value.Type, text, value)
{
    public string Name { get; } = name;

    public BoundExpression Value { get; } = value;
}

/// <summary>The element variable of a collection lambda such as <c>l</c> in <c>Levels.Any(l => l.Grade > 2)</c>; identity is by reference.</summary>
internal sealed class LambdaVariable(string name, Type clrType)
{
    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;
}

internal sealed class BoundLambdaVariable(LambdaVariable variable, string text) : BoundNode(TypeRules.Underlying(variable.ClrType), text)
{
    public LambdaVariable Variable { get; } = variable;
}

/// <summary>A public instance property read; missing when the target or the property value is null.</summary>
internal sealed class BoundMember(BoundExpression target, System.Reflection.PropertyInfo property, string text)
    : BoundNode(TypeRules.Underlying(property.PropertyType), text, target)
{
    public BoundExpression Target { get; } = target;

    public System.Reflection.PropertyInfo Property { get; } = property;
}

/// <summary>An implicit conversion: numeric widening or promotion, made at bind time.</summary>
internal sealed class BoundConvert(BoundExpression operand, Type type) : BoundNode(type, operand.Text, operand)
{
    public BoundExpression Operand { get; } = operand;
}

internal sealed class BoundUnary(UnaryOperator op, BoundExpression operand, string text) : BoundNode(operand.Type, text, operand)
{
    public UnaryOperator Operator { get; } = op;

    public BoundExpression Operand { get; } = operand;
}

/// <summary>Arithmetic, comparison, Kleene and/or, or ??; for comparisons both operands have the same type.</summary>
internal sealed class BoundBinary(BinaryOperator op, BoundExpression left, BoundExpression right, Type type, string text)
    : BoundNode(type, text, left, right)
{
    public BinaryOperator Operator { get; } = op;

    public BoundExpression Left { get; } = left;

    public BoundExpression Right { get; } = right;

    /// <summary>Gets the longest text a string concatenation may build at run time; a longer result is an evaluation error (the rule is Unknown).</summary>
    public int MaxTextLength { get; init; } = int.MaxValue;

    /// <summary>Gets the length of the text a concatenation of constants builds; null when it reads inputs or is not a concatenation.</summary>
    public long? ConstantTextLength { get; init; }

    public bool IsComparison => Operator is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual;
}

internal enum NullTestKind
{
    IsNull,
    IsNotNull,
    IsNullOrEmpty,
}

/// <summary>An explicit null test: always True or False, a path through a null object counting as null.</summary>
internal sealed class BoundNullTest(NullTestKind kind, BoundExpression operand, string text) : BoundNode(typeof(bool), text, operand)
{
    public NullTestKind Kind { get; } = kind;

    public BoundExpression Operand { get; } = operand;
}

internal sealed class BoundConditional(BoundExpression condition, BoundExpression whenTrue, BoundExpression whenFalse, string text)
    : BoundNode(whenTrue.Type, text, condition, whenTrue, whenFalse)
{
    public BoundExpression Condition { get; } = condition;

    public BoundExpression WhenTrue { get; } = whenTrue;

    public BoundExpression WhenFalse { get; } = whenFalse;
}

/// <summary><c>value in (items)</c>: the Kleene OR of value == item; the items have the value's type.</summary>
internal sealed class BoundIn(BoundExpression value, IReadOnlyList<BoundExpression> items, string text)
    : BoundNode(typeof(bool), text, [value, .. items])
{
    public BoundExpression Value { get; } = value;

    public IReadOnlyList<BoundExpression> Items { get; } = items;
}
