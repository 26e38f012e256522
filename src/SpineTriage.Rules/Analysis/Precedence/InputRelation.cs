using System.Globalization;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// A comparison of two missing numbers, each moved by constants: <c>order.Shipping &gt; order.Total * 0.5</c>
/// with both missing. The search lists the free input (<see cref="Free"/>, here the total) split where its side
/// crosses the other's side at each of the other's own thresholds and range ends, and then the dependent input
/// (<see cref="Dependent"/>) split, besides its own thresholds, where it meets the free side at each of those values.
/// Every arrangement of the two inputs that the comparisons tell apart then has one pair of listed values: moving a
/// number by constants is monotone, so between two neighbouring free cuts the free side keeps its place among the
/// dependent input's thresholds. The listed values are exact for the possible verdicts, but a region of one input no
/// longer decides a comparison alone, so the completions are not split into per-verdict conditions.
/// </summary>
/// <param name="Dependent">The input on one side, split at the other side's values.</param>
/// <param name="DependentSide">Its side of the comparison (the input itself, or moved by constants).</param>
/// <param name="Free">The input on the other side.</param>
/// <param name="FreeSide">Its side of the comparison.</param>
internal sealed record InputRelation(BoundInput Dependent, BoundExpression DependentSide, BoundInput Free, BoundExpression FreeSide)
{
    /// <summary>The relation a comparison states between two different missing inputs each moved by constants; null otherwise.</summary>
    public static InputRelation? Of(BoundBinary comparison)
    {
        var (left, right) = (ResidualUses.Unwrap(comparison.Left), ResidualUses.Unwrap(comparison.Right));
        if (left is BoundConstant || right is BoundConstant || LinearCuts.InputOf(left) is not { } leftInput || LinearCuts.InputOf(right) is not { } rightInput || leftInput.Index == rightInput.Index)
        {
            return null;
        }

        // The plain input, when one side is one, depends (its cuts need no bracketing); else the first input.
        var leftDepends = left is BoundInput == right is BoundInput ? leftInput.Index < rightInput.Index : left is BoundInput;
        return leftDepends ? new InputRelation(leftInput, left, rightInput, right) : new InputRelation(rightInput, right, leftInput, left);
    }

    /// <summary>Whether two relations are the same (the same inputs, moved by the same constants): one arrangement serves both.</summary>
    public bool SameAs(InputRelation other) =>
        Dependent.Index == other.Dependent.Index && Free.Index == other.Free.Index && SameShape(DependentSide, other.DependentSide) && SameShape(FreeSide, other.FreeSide);

    /// <summary>
    /// The free input's cuts: where its side crosses the dependent side's value at each of <paramref name="dependentCuts"/>
    /// (the dependent input's thresholds and range ends), bracketed against rounding. Null when a value cannot be worked out.
    /// </summary>
    public List<double>? FreeCuts(IEnumerable<double> dependentCuts, object?[] args)
    {
        var walker = EvaluateMode.Walker(args, TruthMode.ThreeValued);
        var cuts = new List<double>();
        foreach (var cut in dependentCuts)
        {
            if (ValueAt(walker, args, Dependent, DependentSide, cut) is not { } value || LinearCuts.Of(FreeSide, value) is not { } free)
            {
                return null;
            }

            cuts.AddRange(free.Cuts);
        }

        return cuts;
    }

    /// <summary>The dependent input's cuts: where it meets the free side at each of the free input's listed values. Null when a value cannot be worked out.</summary>
    public List<double>? DependentCuts(IReadOnlyList<DomainValue> freeValues, object?[] args)
    {
        var walker = EvaluateMode.Walker(args, TruthMode.ThreeValued);
        var cuts = new List<double>();
        foreach (var free in freeValues)
        {
            if (ValueAt(walker, args, Free, FreeSide, Convert.ToDouble(free.Value, CultureInfo.InvariantCulture)) is not { } value)
            {
                return null;
            }

            if (DependentSide is BoundInput)
            {
                cuts.Add(value);
            }
            else if (LinearCuts.Of(DependentSide, value) is { } dependent)
            {
                cuts.AddRange(dependent.Cuts);
            }
            else
            {
                return null;
            }
        }

        return cuts;
    }

    /// <summary>A side's value with its input set to a number, as the evaluator computes it; null when it is not a finite number.</summary>
    private static double? ValueAt(ExpressionWalker<EvaluateMode, object?> walker, object?[] args, BoundInput input, BoundExpression side, double at)
    {
        var type = Nullable.GetUnderlyingType(input.ClrType) ?? input.ClrType;
        try
        {
            args[input.Index] = type == typeof(double) ? at : Convert.ChangeType(at, type, CultureInfo.InvariantCulture);
            var value = walker.Value(side);
            return value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture) is var number && double.IsFinite(number) ? number : null;
        }
        catch (Exception exception) when (exception is OverflowException or InvalidCastException or FormatException)
        {
            return null;
        }
        finally
        {
            args[input.Index] = null;
        }
    }

    private static bool SameShape(BoundExpression a, BoundExpression b) => (a, b) switch
    {
        (BoundInput x, BoundInput y) => x.Index == y.Index,
        (BoundConstant x, BoundConstant y) => Equals(x.Value, y.Value),
        (BoundConvert x, BoundConvert y) => x.Type == y.Type && SameShape(x.Operand, y.Operand),
        (BoundBinary x, BoundBinary y) => x.Operator == y.Operator && SameShape(x.Left, y.Left) && SameShape(x.Right, y.Right),
        _ => false,
    };
}
