using System.Globalization;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// Where a comparison of an input moved by constants with a constant can change its outcome: for
/// <c>order.Total * 0.7 &gt;= 50</c>, around 50 / 0.7. Moving a number by a constant (adding, subtracting,
/// multiplying, dividing a real number) is monotone, so the comparison is the same on each side of one threshold; the
/// threshold is worked out in floating point, so the cuts bracket it (for a whole-number input, the whole number it rounds
/// to when it is one, else itself; for a real one, two representable steps either way) and every region between cuts
/// stays uniform. Lets the search
/// enumerate an input that a rule scales, such as the ratio of two amounts, instead of giving up on it.
/// </summary>
internal static class LinearCuts
{
    /// <summary>The input and its cuts when <paramref name="side"/> is an input moved by constants; null otherwise.</summary>
    public static (BoundInput Input, double[] Cuts)? Of(BoundExpression side, object? compared)
    {
        if (compared is null || !IsNumber(compared.GetType()))
        {
            return null;
        }

        var threshold = Convert.ToDouble(compared, CultureInfo.InvariantCulture);
        var node = side;
        for (var depth = 0; depth < 8; depth++)
        {
            if (node is BoundInput input)
            {
                return IsNumber(input.Type) && double.IsFinite(threshold) ? (input, Bracket(threshold, IsWhole(input.Type))) : null;
            }

            if (node is not BoundBinary binary || !IsNumber(binary.Type) || Inverse(binary, threshold) is not { } step)
            {
                return null;
            }

            (node, threshold) = step;
        }

        return null;
    }

    /// <summary>The input when <paramref name="side"/> is an input moved by constants; null otherwise. Allocates nothing.</summary>
    public static BoundInput? InputOf(BoundExpression side)
    {
        var node = ResidualUses.Unwrap(side);
        for (var depth = 0; depth < 8; depth++)
        {
            if (node is BoundInput input)
            {
                return IsNumber(input.Type) ? input : null;
            }

            if (node is not BoundBinary binary || !IsNumber(binary.Type) || Inverse(binary, 1.0) is not { } step)
            {
                return null;
            }

            node = step.Operand;
        }

        return null;
    }

    /// <summary>The operand that holds the input and the threshold it is compared with once the constant is taken off.</summary>
    private static (BoundExpression Operand, double Threshold)? Inverse(BoundBinary binary, double threshold)
    {
        var (left, right) = (ResidualUses.Unwrap(binary.Left), ResidualUses.Unwrap(binary.Right));
        var (operand, constant, constantOnLeft) = right is BoundConstant r ? (left, r.Value, false)
            : left is BoundConstant l ? (right, l.Value, true)
            : (left, null, false);
        if (constant is null || !IsNumber(constant.GetType()))
        {
            return null;
        }

        var k = Convert.ToDouble(constant, CultureInfo.InvariantCulture);
        double? moved = binary.Operator switch
        {
            BinaryOperator.Add => threshold - k,
            BinaryOperator.Subtract => constantOnLeft ? k - threshold : threshold + k,
            BinaryOperator.Multiply when k != 0 => threshold / k,

            // Multiplying by zero: the comparison does not depend on the operand, any cut will do.
            BinaryOperator.Multiply => 0,

            // Whole-number division truncates, so its threshold is not the product; k / x is not monotone.
            BinaryOperator.Divide when !constantOnLeft && k != 0 && !IsWhole(binary.Type) => threshold * k,
            _ => null,
        };
        return moved is { } value && double.IsFinite(value) ? (operand, value) : null;
    }

    private static double[] Bracket(double threshold, bool whole)
    {
        if (whole)
        {
            // Off a whole number, the flip is at the next whole number whichever way the last bit rounds: the threshold
            // itself splits the numbers below from those above. Within rounding of a whole number n, the flip is at n or
            // n + 1: n on its own splits them.
            var nearest = Math.Round(threshold);
            return Math.Abs(threshold - nearest) <= 1e-9 * Math.Max(1, Math.Abs(threshold)) ? [nearest] : [threshold];
        }

        var below = Math.BitDecrement(threshold);
        var above = Math.BitIncrement(threshold);
        return [Math.BitDecrement(below), below, threshold, above, Math.BitIncrement(above)];
    }

    private static bool IsNumber(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double) || type == typeof(decimal) || type == typeof(float);
    }

    private static bool IsWhole(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short);
    }
}
