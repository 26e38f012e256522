using System.Globalization;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Analysis;

/// <summary>Finds an <c>and</c> chain whose comparisons of one member with constants leave no value (<c>x &gt; 5 &amp;&amp; x &lt; 3</c>).</summary>
internal static class EmptyRange
{
    public static bool In(BoundBinary and)
    {
        var ranges = new Dictionary<string, Range>(StringComparer.Ordinal);
        foreach (var atom in Atoms(and))
        {
            if (Bound(atom) is not var (member, op, limit))
            {
                continue;
            }

            var range = ranges.TryGetValue(member, out var known) ? known : Range.All;
            range = range.Narrow(op, limit);
            if (range.IsEmpty)
            {
                return true;
            }

            ranges[member] = range;
        }

        return false;
    }

    private static IEnumerable<BoundExpression> Atoms(BoundExpression node) => node switch
    {
        BoundBinary { Operator: BinaryOperator.And } and => Atoms(and.Left).Concat(Atoms(and.Right)),
        BoundParameter parameter => Atoms(parameter.Value),
        _ => [node],
    };

    /// <summary>A comparison of a non-constant operand with a numeric constant, as (operand text, operator with the operand on the left, limit).</summary>
    private static (string Member, BinaryOperator Op, double Limit)? Bound(BoundExpression atom)
    {
        if (atom is not BoundBinary { IsComparison: true } comparison || comparison.Operator == BinaryOperator.NotEqual)
        {
            return null;
        }

        if (Number(comparison.Right) is { } right && !ConstantFolding.IsConstant(comparison.Left))
        {
            return (Strip(comparison.Left).Text, comparison.Operator, right);
        }

        if (Number(comparison.Left) is { } left && !ConstantFolding.IsConstant(comparison.Right))
        {
            return (Strip(comparison.Right).Text, Mirror(comparison.Operator), left);
        }

        return null;
    }

    private static BoundExpression Strip(BoundExpression node) => node is BoundConvert convert ? Strip(convert.Operand) : node;

    private static double? Number(BoundExpression node) =>
        ConstantFolding.TryFold(node, out var value) && value is int or long or double or decimal
            ? Convert.ToDouble(value, CultureInfo.InvariantCulture)
            : null;

    private static BinaryOperator Mirror(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };

    private readonly record struct Range(double Low, bool LowOpen, double High, bool HighOpen)
    {
        public static Range All => new(double.NegativeInfinity, true, double.PositiveInfinity, true);

        public bool IsEmpty => Low > High || (Low == High && (LowOpen || HighOpen));

        public Range Narrow(BinaryOperator op, double limit) => op switch
        {
            BinaryOperator.Greater => limit >= Low ? this with { Low = limit, LowOpen = true } : this,
            BinaryOperator.GreaterOrEqual => limit > Low ? this with { Low = limit, LowOpen = false } : this,
            BinaryOperator.Less => limit <= High ? this with { High = limit, HighOpen = true } : this,
            BinaryOperator.LessOrEqual => limit < High ? this with { High = limit, HighOpen = false } : this,
            BinaryOperator.Equal => Narrow(BinaryOperator.GreaterOrEqual, limit).Narrow(BinaryOperator.LessOrEqual, limit),
            _ => this,
        };
    }
}
