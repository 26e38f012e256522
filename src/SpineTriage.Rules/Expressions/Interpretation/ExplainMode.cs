using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// The walker's explain mode, the slow path behind explanations and missing-input lists: every node's result is an
/// <see cref="Evaluation"/> record of its value or truth, its operands, and (when missing or Unknown) the input paths
/// that made it so, in reading order: an operand's paths count only when that operand is itself missing or Unknown.
/// </summary>
internal readonly struct ExplainMode : IWalkMode<Evaluation>
{
    private static readonly IReadOnlyList<string> None = [];
    private static readonly IReadOnlyList<Evaluation> NoOperands = [];

    public bool KeepsOperands => true;

    public bool CanBeSymbolic => false;

    /// <summary>A walker in this mode over the inputs.</summary>
    public static ExpressionWalker<ExplainMode, Evaluation> Walker(object?[] args, TruthMode truthMode) => new(args, truthMode, default);

    public Presence PresenceOf(in Evaluation result) => result.IsMissing ? Presence.Missing : Presence.Present;

    public object? ValueOf(in Evaluation result) => result.AsValue;

    public Evaluation Constant(BoundConstant node) => Make(node, node.Value, None, NoOperands);

    public Evaluation Read(ExpressionWalker walker, BoundExpression node, object? value) =>
        Make(node, value, value is null ? [walker.PathOf(node)!] : None, NoOperands);

    public Evaluation MemberOfMissing(ExpressionWalker walker, BoundMember node, in Evaluation target) =>
        Make(node, null, target.Missing.Count > 0 ? target.Missing : [node.Target.Text], NoOperands);

    public Evaluation Unparsed(ExpressionWalker walker, BoundStringCall node, in Evaluation text) =>
        Make(node, null, walker.PathOf(node) is { } path ? [path] : None, NoOperands);

    public bool TryKept(BoundExpression value, bool asTruth, out Evaluation result)
    {
        result = default!;
        return false;
    }

    public void Keep(BoundExpression value, bool asTruth, in Evaluation result)
    {
    }

    public Evaluation Parameter(BoundParameter node, in Evaluation inner) => inner with { Node = node, Operands = [inner] };

    public Evaluation Convert(BoundConvert node, object? value, in Evaluation operand) => operand with { Node = node, Value = value };

    public Evaluation Value(BoundExpression node, object? value, in Evaluation operand) => Make(node, value, Missing(operand), [operand]);

    public Evaluation Value(BoundExpression node, object? value, in Evaluation left, in Evaluation right) =>
        Make(node, value, Missing(left, right), [left, right]);

    public Evaluation Value(BoundExpression node, object? value, List<Evaluation>? operands) => Make(node, value, Missing([.. operands!]), [.. operands!]);

    public Evaluation Chosen(BoundExpression node, in Evaluation decided, in Evaluation chosen) => Make(node, chosen.AsValue, chosen.Missing, [decided, chosen]);

    public Evaluation Truth(BoundExpression node, Truth truth, in Evaluation operand) => WithTruth(node, truth, [operand]);

    public Evaluation Truth(BoundExpression node, Truth truth, in Evaluation left, in Evaluation right) => WithTruth(node, truth, [left, right]);

    public Evaluation Truth(BoundExpression node, Truth truth, List<Evaluation>? operands) => WithTruth(node, truth, [.. operands!]);

    public Evaluation MissingAsCondition(in Evaluation value, Truth missingTruth) =>
        missingTruth == Rules.Truth.Unknown ? value : value with { Value = null, Truth = missingTruth, Missing = None };

    public Evaluation AbsenceTestOperand(in Evaluation operand) => operand;

    public Evaluation Symbolic(BoundExpression node, in Evaluation operand) => throw NoSymbols();

    public Evaluation Symbolic(BoundExpression node, in Evaluation left, in Evaluation right) => throw NoSymbols();

    public Evaluation Symbolic(BoundExpression node, in Evaluation first, in Evaluation second, in Evaluation third) => throw NoSymbols();

    public Evaluation Symbolic(BoundExpression node, List<Evaluation> operands) => throw NoSymbols();

    public Evaluation Logic(BoundBinary node, in Evaluation left, in Evaluation right) => throw NoSymbols();

    public Evaluation Quantified(BoundCollectionCall node, Truth rest, List<Evaluation> symbolicBodies) => throw NoSymbols();

    public Evaluation Counted(BoundCollectionCall node, int known, List<Evaluation> symbolicBodies) => throw NoSymbols();

    public Evaluation Aggregated(BoundCollectionCall node, List<Evaluation> values) => throw NoSymbols();

    public Evaluation Picked(BoundCollectionCall node, List<(Evaluation Body, Evaluation Element)> chain, in Evaluation rest) => throw NoSymbols();

    public Evaluation SymbolicCollection(BoundCollectionCall node, in Evaluation source) => throw NoSymbols();

    /// <summary>A value that may be missing: a boolean node's becomes its truth; missing ones carry the given paths.</summary>
    private static Evaluation Make(BoundExpression node, object? value, IReadOnlyList<string> missing, IReadOnlyList<Evaluation> operands)
    {
        if (node.Type == typeof(bool))
        {
            var truth = value is bool b ? Kleene.Of(b) : Rules.Truth.Unknown;
            return new Evaluation(node, null, truth, truth == Rules.Truth.Unknown ? missing : None, operands);
        }

        return new Evaluation(node, value, null, value is null ? missing : None, operands);
    }

    /// <summary>A truth; when Unknown, with the paths of its Unknown or missing operands.</summary>
    private static Evaluation WithTruth(BoundExpression node, Truth truth, Evaluation[] operands) =>
        new(node, null, truth, truth == Rules.Truth.Unknown ? Missing(operands) : None, operands);

    /// <summary>
    /// The distinct missing paths of the operands that are missing or Unknown, in order of first appearance. The lists
    /// it is given are already distinct, so one missing operand (the usual case) is returned as it is, with no copy.
    /// </summary>
    private static IReadOnlyList<string> Missing(params ReadOnlySpan<Evaluation> evaluations)
    {
        IReadOnlyList<string>? first = null;
        List<string>? merged = null;
        foreach (var evaluation in evaluations)
        {
            if (evaluation.Missing.Count == 0 || !evaluation.IsMissing)
            {
                continue;
            }

            if (first is null)
            {
                first = evaluation.Missing;
                continue;
            }

            merged ??= [.. first];
            foreach (var path in evaluation.Missing)
            {
                if (!merged.Contains(path, StringComparer.Ordinal))
                {
                    merged.Add(path);
                }
            }
        }

        return merged ?? first ?? None;
    }

    private static InvalidOperationException NoSymbols() => new("Explaining never meets a symbolic value.");
}
