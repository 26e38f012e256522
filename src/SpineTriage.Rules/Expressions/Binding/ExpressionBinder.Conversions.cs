using System.Globalization;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Numeric promotion (int to long to double, int and long to decimal) and enum names written as strings.</summary>
internal sealed partial class ExpressionBinder
{
    private static int Rank(Type type) => type == typeof(int) ? 0 : type == typeof(long) ? 1 : 2;

    /// <summary>
    /// C#'s binary numeric promotion. decimal and double do not mix in C#; here a double constant (a literal or a param
    /// with a literal value) converts to decimal, and any other double is an error.
    /// </summary>
    private (BoundExpression Left, BoundExpression Right) Promote(BoundExpression left, BoundExpression right, SyntaxNode at)
    {
        if (left.Type == right.Type || !TypeRules.IsNumeric(left.Type) || !TypeRules.IsNumeric(right.Type))
        {
            return (left, right);
        }

        if (Rank(left.Type) == 2 && Rank(right.Type) == 2)
        {
            return left.Type == typeof(decimal) ? (left, DoubleToDecimal(right, at)) : (DoubleToDecimal(left, at), right);
        }

        return Rank(left.Type) < Rank(right.Type) ? (ConvertTo(left, right.Type), right) : (left, ConvertTo(right, left.Type));
    }

    private BoundExpression DoubleToDecimal(BoundExpression expression, SyntaxNode at)
    {
        if (ConstantValue(expression) is double value)
        {
            try
            {
                return new BoundConstant(typeof(decimal), (decimal)value, expression.Text);
            }
            catch (OverflowException)
            {
                throw Error(ExpressionDiagnosticCodes.DecimalDoubleMix, $"{value.ToString(CultureInfo.InvariantCulture)} is outside the range of decimal.", at);
            }
        }

        throw Error(ExpressionDiagnosticCodes.DecimalDoubleMix,
            $"'{expression.Text}' is double and cannot be mixed with decimal in '{TextOf(at)}'; write decimal literals with an m suffix, such as 2.5m.", at);
    }

    /// <summary>The value of a constant or of a param whose value is a constant; null otherwise.</summary>
    private static object? ConstantValue(BoundExpression expression) => expression switch
    {
        BoundConstant constant => constant.Value,
        BoundParameter parameter => ConstantValue(parameter.Value),
        _ => null,
    };

    /// <summary>Widening conversion; constants are converted at bind time.</summary>
    private BoundExpression ConvertTo(BoundExpression expression, Type type) => expression switch
    {
        _ when expression.Type == type => expression,
        BoundConstant { Value: null } constant => _environment.Constant(type, null, constant.Text),
        BoundConstant constant => _environment.Constant(type, Convert.ChangeType(constant.Value, type, CultureInfo.InvariantCulture), constant.Text),
        _ => new BoundConvert(expression, type),
    };

    /// <summary>When one side is an enum and the other a string constant, the string must name a value of the enum.</summary>
    private (BoundExpression Left, BoundExpression Right) MatchEnumNames(BoundExpression left, BoundExpression right, SyntaxNode at)
    {
        if (left.Type.IsEnum && right.Type == typeof(string))
        {
            return (left, EnumConstant(left.Type, right, at));
        }

        return right.Type.IsEnum && left.Type == typeof(string) ? (EnumConstant(right.Type, left, at), right) : (left, right);
    }

    private BoundExpression EnumConstant(Type enumType, BoundExpression text, SyntaxNode at)
    {
        if (ConstantValue(text) is not string name)
        {
            return text;
        }

        if (ParseEnumName(enumType, name) is { } value)
        {
            return new BoundConstant(enumType, value, text.Text);
        }

        var names = Enum.GetNames(enumType);
        var near = DidYouMean.Closest(name, names);
        var suggestion = near.Count > 0 ? $" Did you mean '{near[0]}'?" : "";
        throw Error(ExpressionDiagnosticCodes.UnknownEnumName,
            $"\"{name}\" is not a value of {enumType.Name}.{suggestion} Valid names: {string.Join(", ", names)}.", at);
    }

    /// <summary>The enum value with this name, exact case first, then ignoring case; numbers are not names.</summary>
    public static object? ParseEnumName(Type enumType, string name)
    {
        var names = Enum.GetNames(enumType);
        var match = names.FirstOrDefault(n => n == name) ?? names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : Enum.Parse(enumType, match);
    }
}
