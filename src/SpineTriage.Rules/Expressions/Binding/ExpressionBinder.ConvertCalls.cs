using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// <c>Convert.ToDouble</c>, <c>ToDecimal</c>, <c>ToInt32</c>, <c>ToInt64</c> and <c>ToString</c> as RulesEngine users write
/// them: the conversions that lose nothing (widening numbers, a text read as a number in the invariant culture, any
/// scalar as text); a narrowing one (.NET rounds to even, or throws on overflow) is refused with what to write instead.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private static readonly string[] ConvertFunctions = ["ToDouble", "ToDecimal", "ToInt32", "ToInt64", "ToString"];

    private BoundExpression BindConvertCall(CallSyntax call)
    {
        var name = ConvertFunctions.FirstOrDefault(f => f.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'Convert.{call.Name}' is not allowed.{DidYouMean.Phrase(call.Name, ConvertFunctions, "The conversions available are")}", call);
        RequireArguments(call, 1, $"Convert.{name}(value)");
        var value = BindNode(call.Arguments[0]);
        if (name == "ToString")
        {
            return TypeRules.Underlying(value.Type).IsEnum
                ? throw Error(ExpressionDiagnosticCodes.BadArguments,
                    $"'{TextOf(call)}' is ambiguous: .NET gives the enum's name, RulesEngine its number. Write {value.Text}.ToString() for the name, or compare the enum with a name: {value.Text} == \"...\".", call)
                : ToText(value, call);
        }

        var target = name switch
        {
            "ToDouble" => typeof(double),
            "ToDecimal" => typeof(decimal),
            "ToInt32" => typeof(int),
            _ => typeof(long),
        };
        if (value.Type == typeof(string) && (target == typeof(double) || target == typeof(int)))
        {
            return new BoundStringCall(target == typeof(int) ? StringMethod.ParseInt : StringMethod.ParseDouble, value, null, TextOf(call));
        }

        var widens = TypeRules.IsNumeric(value.Type) && (value.Type == target || target == typeof(double)
            || (target == typeof(long) && value.Type == typeof(int)) || (target == typeof(decimal) && TypeRules.IsIntegral(value.Type)));
        if (!widens)
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments,
                $"'{TextOf(call)}' converts {TypeRules.Describe(value.Type)} to {TypeRules.Describe(target)}, which can round or overflow; compare '{value.Text}' itself (numbers of different kinds compare directly) or use Math.Round.",
                call);
        }

        var converted = ConvertTo(value, target);
        return converted is BoundConvert convert ? new BoundConvert(convert.Operand, convert.Type) { IsExplicit = true } : converted;
    }
}
