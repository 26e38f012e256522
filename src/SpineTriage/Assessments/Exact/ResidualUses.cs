using SpineTriage.Rules.Expressions;

namespace SpineTriage.Assessments.Exact;

/// <summary>How residuals use each missing input (by its index in the residual session): the constants it is compared with, or anything else.</summary>
internal static class ResidualUses
{
    public static Dictionary<int, InputUses> Of(IEnumerable<BoundExpression> residuals)
    {
        var uses = new Dictionary<int, (HashSet<object> Constants, bool Otherwise)>();
        foreach (var residual in residuals)
        {
            Visit(residual, uses);
        }

        return uses.ToDictionary(pair => pair.Key, pair => new InputUses(pair.Value.Constants, pair.Value.Otherwise));
    }

    private static void Visit(BoundExpression node, Dictionary<int, (HashSet<object> Constants, bool Otherwise)> uses)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case BoundBinary { IsComparison: true } comparison:
                Side(comparison.Left, comparison.Right, uses);
                Side(comparison.Right, comparison.Left, uses);
                return;
            case BoundIn inList when Unwrap(inList.Value) is BoundInput input && inList.Items.All(item => Unwrap(item) is BoundConstant):
                foreach (var item in inList.Items)
                {
                    Add(uses, input.Index, ((BoundConstant)Unwrap(item)).Value);
                }

                return;
            case BoundInput input:
                uses[input.Index] = (Entry(uses, input.Index).Constants, true);
                return;
        }

        for (var i = 0; i < node.ChildCount; i++)
        {
            Visit(node.ChildAt(i), uses);
        }
    }

    /// <summary>
    /// One side of a comparison: an input compared with a constant is recorded with it; an input moved by a constant
    /// (<c>x * k</c>, <c>x + k</c>, <c>x - k</c>, <c>k - x</c>, <c>x / k</c>) and compared with a constant is recorded
    /// with the points where that comparison can change (<see cref="LinearCuts"/>); anything else is visited as such.
    /// </summary>
    private static void Side(BoundExpression side, BoundExpression other, Dictionary<int, (HashSet<object> Constants, bool Otherwise)> uses)
    {
        if (Unwrap(other) is not BoundConstant constant)
        {
            Visit(side, uses);
        }
        else if (Unwrap(side) is BoundInput input)
        {
            Add(uses, input.Index, constant.Value);
        }
        else if (LinearCuts.Of(Unwrap(side), constant.Value) is { } linear)
        {
            foreach (var cut in linear.Cuts)
            {
                Add(uses, linear.Input.Index, cut);
            }
        }
        else
        {
            Visit(side, uses);
        }
    }

    private static void Add(Dictionary<int, (HashSet<object> Constants, bool Otherwise)> uses, int index, object? value)
    {
        var entry = Entry(uses, index);
        if (value is not null)
        {
            entry.Constants.Add(value);
        }

        uses[index] = entry;
    }

    private static (HashSet<object> Constants, bool Otherwise) Entry(Dictionary<int, (HashSet<object> Constants, bool Otherwise)> uses, int index) =>
        uses.TryGetValue(index, out var entry) ? entry : ([], false);

    internal static BoundExpression Unwrap(BoundExpression node) => node is BoundConvert convert ? Unwrap(convert.Operand) : node;
}
