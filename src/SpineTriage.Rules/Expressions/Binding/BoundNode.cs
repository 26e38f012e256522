using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>The common shape of bound nodes: a type, the source text and the operands.</summary>
/// <remarks>
/// The operands are the subclasses' own fields, listed by <see cref="ChildCount"/> and <see cref="ChildAt"/>, and
/// <see cref="Children"/> is a view made when asked (the analyses that walk any node ask; evaluation reads the typed
/// fields): an array per node was a quarter of the objects a loaded rule set keeps, all copied by the GC while a large
/// set loads (CompileScalingBenchmarks).
/// </remarks>
internal abstract class BoundNode : BoundExpression
{
    // Stored as int (the size saturates at int.MaxValue, a height beyond it cannot be built): 8 bytes less per node for
    // the GC to copy while a large rule set loads (CompileScalingBenchmarks).
    private readonly int _expandedSize;
    private readonly int _expandedHeight;

    protected BoundNode(Type type, string text)
        : this(type, text, 1, 1)
    {
    }

    protected BoundNode(Type type, string text, BoundExpression child)
        : this(type, text, ExpansionMeasure.Size(child), ExpansionMeasure.Height(child))
    {
    }

    protected BoundNode(Type type, string text, BoundExpression first, BoundExpression second)
        : this(type, text, ExpansionMeasure.Size(first, second), ExpansionMeasure.Height(first, second))
    {
    }

    protected BoundNode(Type type, string text, params BoundExpression[] children)
        : this(type, text, ExpansionMeasure.Size(children), ExpansionMeasure.Height(children))
    {
    }

    private BoundNode(Type type, string text, long expandedSize, long expandedHeight)
    {
        Type = type;
        Text = text;
        _expandedSize = (int)expandedSize;
        _expandedHeight = (int)Math.Min(int.MaxValue, expandedHeight);
    }

    public override Type Type { get; }

    public override string Text { get; }

    public override IReadOnlyList<BoundExpression> Children => new BoundChildren(this);

    /// <inheritdoc/>
    public abstract override int ChildCount { get; }

    /// <summary>Gets the number of nodes once every param is copied in, as compilation inlines them (saturating, so a param doubling bomb cannot overflow it).</summary>
    public long ExpandedSize => _expandedSize;

    /// <summary>Gets the height of the tree once every param is copied in.</summary>
    public long ExpandedHeight => _expandedHeight;

    /// <inheritdoc/>
    public abstract override BoundExpression ChildAt(int index);
}

/// <summary>A constant; Value null with type object is the null literal, and null with another type is a missing value of that type.</summary>
internal sealed class BoundConstant(Type type, object? value, string text) : BoundNode(type, text)
{
    public override int ChildCount => 0;

    public override BoundExpression ChildAt(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public object? Value { get; } = value;

    public bool IsNullLiteral => Value is null && Type == typeof(object);
}

/// <summary>Input <see cref="Index"/>, read from args[Index].</summary>
internal sealed class BoundInput(int index, string name, Type clrType, string text) : BoundNode(TypeRules.Underlying(clrType), text)
{
    public override int ChildCount => 0;

    public override BoundExpression ChildAt(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public int Index { get; } = index;

    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;
}

/// <summary>A reference to a GlobalParam or LocalParam: compiled by inlining <see cref="Value"/>, explained under its name.</summary>
internal sealed class BoundParameter(string name, BoundExpression value, string text) : BoundNode(value.Type, text, value)
{
    public override int ChildCount => 1;

    public override BoundExpression ChildAt(int index) => Value;

    public string Name { get; } = name;

    public BoundExpression Value { get; } = value;
}

/// <summary>The element variable of a collection lambda such as <c>l</c> in <c>Lines.Any(l => l.Quantity > 2)</c>; identity is by reference.</summary>
internal sealed class LambdaVariable(string name, Type clrType)
{
    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;
}

internal sealed class BoundLambdaVariable(LambdaVariable variable, string text) : BoundNode(TypeRules.Underlying(variable.ClrType), text)
{
    public override int ChildCount => 0;

    public override BoundExpression ChildAt(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public LambdaVariable Variable { get; } = variable;
}

/// <summary>A public instance property read; missing when the target or the property value is null.</summary>
internal sealed class BoundMember(BoundExpression target, System.Reflection.PropertyInfo property, string text)
    : BoundNode(TypeRules.Underlying(property.PropertyType), text, target)
{
    public override int ChildCount => 1;

    public override BoundExpression ChildAt(int index) => Target;

    public BoundExpression Target { get; } = target;

    public System.Reflection.PropertyInfo Property { get; } = property;

    /// <summary>
    /// Gets or sets the member's input path when its target is an input or such a member (<c>customer.CreditLimit</c>),
    /// made on the first reading that needs it and kept: a missing-input list or a residual names it for every case with
    /// that value missing. Null until then, and always for a member of a collection's element.
    /// </summary>
    internal string? FixedPath
    {
        get => _reads?.FixedPath;
        set => Reads.FixedPath = value;
    }

    /// <summary>Gets the property's getter for the tree walker (<see cref="PropertyGetters"/>), looked up on the first read.</summary>
    internal Func<object, object?> Getter => Reads.Getter ??= PropertyGetters.Of(Property);

    /// <summary>
    /// Gets or sets, for a member of a lambda variable over a collection with a fixed path, the member's path per element
    /// index (<c>order.Lines[1].Discount</c>; at most <see cref="MemberReads.ElementPathsKept"/>), made on the
    /// first reading that needs it and kept: missing-input walks and residuals name it for every case with that value
    /// missing. Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: strings were the largest share of a
    /// verdicts-only evaluation's allocation over the per-case probe's cases near the median.
    /// </summary>
    internal string?[]? ElementPaths
    {
        get => _reads?.ElementPaths;
        set => Reads.ElementPaths = value;
    }

    /// <summary>
    /// What the tree walker keeps about the member, made on its first read: one field on every bound member, so that a
    /// load keeps no more per member than before these were kept (a 10,000-rule load keeps some 22,000 members alive;
    /// CompileScalingBenchmarks).
    /// </summary>
    private MemberReads Reads => _reads ??= new MemberReads();

    private MemberReads? _reads;
}

/// <summary>What the tree walker keeps about a bound member between walks (see <see cref="BoundMember"/>).</summary>
internal sealed class MemberReads
{
    /// <summary>How many element indexes <see cref="ElementPaths"/> keeps.</summary>
    public const int ElementPathsKept = 16;

    public string? FixedPath { get; set; }

    public Func<object, object?>? Getter { get; set; }

    public string?[]? ElementPaths { get; set; }
}

/// <summary>A numeric widening or promotion, made at bind time (implicit, or written as Convert.To…).</summary>
internal sealed class BoundConvert(BoundExpression operand, Type type) : BoundNode(type, operand.Text, operand)
{
    public override int ChildCount => 1;

    public override BoundExpression ChildAt(int index) => Operand;

    public BoundExpression Operand { get; } = operand;

    /// <summary>Gets a value indicating whether the rule wrote the conversion (<c>Convert.ToDouble(x)</c>): its result is never a nullable value in RulesEngine.</summary>
    public bool IsExplicit { get; init; }
}

internal sealed class BoundUnary(UnaryOperator op, BoundExpression operand, string text) : BoundNode(operand.Type, text, operand)
{
    public override int ChildCount => 1;

    public override BoundExpression ChildAt(int index) => Operand;

    public UnaryOperator Operator { get; } = op;

    public BoundExpression Operand { get; } = operand;
}

/// <summary>Arithmetic, comparison, Kleene and/or, or ??; for comparisons both operands have the same type.</summary>
/// <remarks>
/// A string concatenation is a <see cref="BoundConcatenation"/>, which alone keeps the text limits: a comparison, the
/// most common node a loaded rule set keeps, is 64 bytes rather than 80 (CompileScalingBenchmarks.Load: 23,330 of them
/// in a 10,000-rule load).
/// </remarks>
internal class BoundBinary(BinaryOperator op, BoundExpression left, BoundExpression right, Type type, string text)
    : BoundNode(type, text, left, right)
{
    public override int ChildCount => 2;

    public override BoundExpression ChildAt(int index) => index == 0 ? Left : Right;

    public BinaryOperator Operator { get; } = op;

    public BoundExpression Left { get; } = left;

    public BoundExpression Right { get; } = right;

    /// <summary>Gets the longest text a string concatenation may build at run time; a longer result is an evaluation error (the rule is Unknown).</summary>
    public virtual int MaxTextLength => int.MaxValue;

    /// <summary>Gets the length of the text a concatenation of constants builds; null when it reads inputs or is not a concatenation.</summary>
    public virtual long? ConstantTextLength => null;

    public bool IsComparison => Operator is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual;
}

/// <summary>A string concatenation (<c>+</c> on texts), bounded: <see cref="MaxTextLength"/> at run time, and its length measured at load when it is made of constants.</summary>
internal sealed class BoundConcatenation(BoundExpression left, BoundExpression right, string text, int maxTextLength, long? constantTextLength)
    : BoundBinary(BinaryOperator.Add, left, right, typeof(string), text)
{
    /// <inheritdoc/>
    public override int MaxTextLength { get; } = maxTextLength;

    /// <inheritdoc/>
    public override long? ConstantTextLength { get; } = constantTextLength;
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
    public override int ChildCount => 1;

    public override BoundExpression ChildAt(int index) => Operand;

    public NullTestKind Kind { get; } = kind;

    public BoundExpression Operand { get; } = operand;
}

internal sealed class BoundConditional(BoundExpression condition, BoundExpression whenTrue, BoundExpression whenFalse, string text)
    : BoundNode(whenTrue.Type, text, condition, whenTrue, whenFalse)
{
    public override int ChildCount => 3;

    public override BoundExpression ChildAt(int index) => index switch { 0 => Condition, 1 => WhenTrue, _ => WhenFalse };

    public BoundExpression Condition { get; } = condition;

    public BoundExpression WhenTrue { get; } = whenTrue;

    public BoundExpression WhenFalse { get; } = whenFalse;
}

/// <summary><c>value in (items)</c>: the Kleene OR of value == item; the items have the value's type.</summary>
internal sealed class BoundIn(BoundExpression value, IReadOnlyList<BoundExpression> items, string text)
    : BoundNode(typeof(bool), text, [value, .. items])
{
    public override int ChildCount => 1 + Items.Count;

    public override BoundExpression ChildAt(int index) => index == 0 ? Value : Items[index - 1];

    public BoundExpression Value { get; } = value;

    public IReadOnlyList<BoundExpression> Items { get; } = items;
}
