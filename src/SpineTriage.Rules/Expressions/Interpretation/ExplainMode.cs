using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// The walker's explain mode, the slow path behind explanations and missing-input lists: every node's result is an
/// <see cref="ExplainedNode"/> record of its value or truth, its operands, and (when missing or Unknown) the input paths
/// that made it so, in reading order: an operand's paths count only when that operand is itself missing or Unknown.
/// </summary>
internal readonly struct ExplainMode : IWalkMode<ExplainedNode>
{
    private static readonly IReadOnlyList<string> None = [];
    private static readonly IReadOnlyList<ExplainedNode> NoOperands = [];

    public bool KeepsOperands => true;

    public bool CanBeSymbolic => false;

    /// <summary>A walker in this mode over the inputs.</summary>
    public static ExpressionWalker<ExplainMode, ExplainedNode> Walker(object?[] args, TruthMode truthMode) => new(args, truthMode, default);

    public Presence PresenceOf(in ExplainedNode result) => result.IsMissing ? Presence.Missing : Presence.Present;

    public object? ValueOf(in ExplainedNode result) => result.AsValue;

    public ExplainedNode Constant(BoundConstant node) => Make(node, node.Value, None, NoOperands);

    public ExplainedNode Read(ExpressionWalker walker, BoundExpression node, object? value) =>
        Make(node, value, value is null ? [walker.PathOf(node)!] : None, NoOperands);

    public ExplainedNode MemberOfMissing(ExpressionWalker walker, BoundMember node, in ExplainedNode target) =>
        Make(node, null, target.Missing.Count > 0 ? target.Missing : [node.Target.Text], NoOperands);

    public ExplainedNode Unparsed(ExpressionWalker walker, BoundStringCall node, in ExplainedNode text) =>
        Make(node, null, walker.PathOf(node) is { } path ? [path] : None, NoOperands);

    public bool TryKept(BoundExpression value, bool asTruth, out ExplainedNode result)
    {
        result = default!;
        return false;
    }

    public void Keep(BoundExpression value, bool asTruth, in ExplainedNode result)
    {
    }

    public ExplainedNode Parameter(BoundParameter node, in ExplainedNode inner) => inner with { Node = node, Operands = [inner] };

    public ExplainedNode Convert(BoundConvert node, object? value, in ExplainedNode operand) => operand with { Node = node, Value = value };

    public ExplainedNode Value(BoundExpression node, object? value, in ExplainedNode operand) => Make(node, value, Missing(operand), [operand]);

    public ExplainedNode Value(BoundExpression node, object? value, in ExplainedNode left, in ExplainedNode right) =>
        Make(node, value, Missing(left, right), [left, right]);

    public ExplainedNode Value(BoundExpression node, object? value, List<ExplainedNode>? operands) => Make(node, value, Missing([.. operands!]), [.. operands!]);

    public ExplainedNode Chosen(BoundExpression node, in ExplainedNode decided, in ExplainedNode chosen) => Make(node, chosen.AsValue, chosen.Missing, [decided, chosen]);

    public ExplainedNode Truth(BoundExpression node, Truth truth, in ExplainedNode operand) => WithTruth(node, truth, [operand]);

    public ExplainedNode Truth(BoundExpression node, Truth truth, in ExplainedNode left, in ExplainedNode right) => WithTruth(node, truth, [left, right]);

    public ExplainedNode Truth(BoundExpression node, Truth truth, List<ExplainedNode>? operands) => WithTruth(node, truth, [.. operands!]);

    public ExplainedNode MissingAsCondition(in ExplainedNode value, Truth missingTruth) =>
        missingTruth == Rules.Truth.Unknown ? value : value with { Value = null, Truth = missingTruth, Missing = None };

    public ExplainedNode AbsenceTestOperand(in ExplainedNode operand) => operand;

    public ExplainedNode Symbolic(BoundExpression node, in ExplainedNode operand) => throw NoSymbols();

    public ExplainedNode Symbolic(BoundExpression node, in ExplainedNode left, in ExplainedNode right) => throw NoSymbols();

    public ExplainedNode Symbolic(BoundExpression node, in ExplainedNode first, in ExplainedNode second, in ExplainedNode third) => throw NoSymbols();

    public ExplainedNode Symbolic(BoundExpression node, List<ExplainedNode> operands) => throw NoSymbols();

    public ExplainedNode Logic(BoundBinary node, in ExplainedNode left, in ExplainedNode right) => throw NoSymbols();

    public ExplainedNode Quantified(BoundCollectionCall node, Truth rest, List<ExplainedNode> symbolicBodies) => throw NoSymbols();

    public ExplainedNode Counted(BoundCollectionCall node, int known, List<ExplainedNode> symbolicBodies) => throw NoSymbols();

    public ExplainedNode Aggregated(BoundCollectionCall node, List<ExplainedNode> values) => throw NoSymbols();

    public ExplainedNode Picked(BoundCollectionCall node, List<(ExplainedNode Body, ExplainedNode Element)> chain, in ExplainedNode rest) => throw NoSymbols();

    public ExplainedNode SymbolicCollection(BoundCollectionCall node, in ExplainedNode source) => throw NoSymbols();

    /// <summary>A value that may be missing: a boolean node's becomes its truth; missing ones carry the given paths.</summary>
    private static ExplainedNode Make(BoundExpression node, object? value, IReadOnlyList<string> missing, IReadOnlyList<ExplainedNode> operands)
    {
        if (node.Type == typeof(bool))
        {
            var truth = value is bool b ? Kleene.Of(b) : Rules.Truth.Unknown;
            return new ExplainedNode(node, null, truth, truth == Rules.Truth.Unknown ? missing : None, operands);
        }

        return new ExplainedNode(node, value, null, value is null ? missing : None, operands);
    }

    /// <summary>A truth; when Unknown, with the paths of its Unknown or missing operands.</summary>
    private static ExplainedNode WithTruth(BoundExpression node, Truth truth, ExplainedNode[] operands) =>
        new(node, null, truth, truth == Rules.Truth.Unknown ? Missing(operands) : None, operands);

    /// <summary>
    /// The distinct missing paths of the operands that are missing or Unknown, in order of first appearance. The lists
    /// it is given are already distinct, so one missing operand (the usual case) is returned as it is, with no copy.
    /// </summary>
    private static IReadOnlyList<string> Missing(params ReadOnlySpan<ExplainedNode> evaluations)
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
