using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// The walker's evaluate mode, the first evaluation tier: a node's result is its boxed value (a condition's is a
/// boxed bool), null when missing or Unknown; nothing is recorded, so nothing is allocated beyond the values the
/// expression computes.
/// </summary>
internal readonly struct EvaluateMode : IWalkMode<object?>
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    public bool KeepsOperands => false;

    public bool CanBeSymbolic => false;

    /// <summary>A walker in this mode over the inputs.</summary>
    public static ExpressionWalker<EvaluateMode, object?> Walker(object?[] args, TruthMode truthMode) => new(args, truthMode, default);

    /// <summary>The truth of a condition's result.</summary>
    public static Truth TruthOf(object? result) => result is bool value ? Kleene.Of(value) : Rules.Truth.Unknown;

    public Presence PresenceOf(in object? result) => result is null ? Presence.Missing : Presence.Present;

    public object? ValueOf(in object? result) => result;

    public object? Constant(BoundConstant node) => node.Value;

    public object? Read(ExpressionWalker walker, BoundExpression node, object? value) => value;

    public object? MemberOfMissing(ExpressionWalker walker, BoundMember node, in object? target) => null;

    public object? Unparsed(ExpressionWalker walker, BoundStringCall node, in object? text) => null;

    public bool TryKept(BoundExpression value, bool asTruth, out object? result)
    {
        result = default!;
        return false;
    }

    public void Keep(BoundExpression value, bool asTruth, in object? result)
    {
    }

    public object? Parameter(BoundParameter node, in object? inner) => inner;

    public object? Convert(BoundConvert node, object? value, in object? operand) => value;

    public object? Value(BoundExpression node, object? value, in object? operand) => value;

    public object? Value(BoundExpression node, object? value, in object? left, in object? right) => value;

    public object? Value(BoundExpression node, object? value, List<object?>? operands) => value;

    public object? Chosen(BoundExpression node, in object? decided, in object? chosen) => chosen;

    public object? Truth(BoundExpression node, Truth truth, in object? operand) => Box(truth);

    public object? Truth(BoundExpression node, Truth truth, in object? left, in object? right) => Box(truth);

    public object? Truth(BoundExpression node, Truth truth, List<object?>? operands) => Box(truth);

    public object? MissingAsCondition(in object? value, Truth missingTruth) => Box(missingTruth);

    public object? AbsenceTestOperand(in object? operand) => operand;

    public object? Symbolic(BoundExpression node, in object? operand) => throw NoSymbols();

    public object? Symbolic(BoundExpression node, in object? left, in object? right) => throw NoSymbols();

    public object? Symbolic(BoundExpression node, in object? first, in object? second, in object? third) => throw NoSymbols();

    public object? Symbolic(BoundExpression node, List<object?> operands) => throw NoSymbols();

    public object? Logic(BoundBinary node, in object? left, in object? right) => throw NoSymbols();

    public object? Quantified(BoundCollectionCall node, Truth rest, List<object?> symbolicBodies) => throw NoSymbols();

    public object? Counted(BoundCollectionCall node, int known, List<object?> symbolicBodies) => throw NoSymbols();

    public object? Aggregated(BoundCollectionCall node, List<object?> values) => throw NoSymbols();

    public object? Picked(BoundCollectionCall node, List<(object? Body, object? Element)> chain, in object? rest) => throw NoSymbols();

    public object? SymbolicCollection(BoundCollectionCall node, in object? source) => throw NoSymbols();

    private static object? Box(Truth truth) => truth switch
    {
        Rules.Truth.True => BoxedTrue,
        Rules.Truth.False => BoxedFalse,
        _ => null,
    };

    private static InvalidOperationException NoSymbols() => new("Evaluation never meets a symbolic value.");
}
