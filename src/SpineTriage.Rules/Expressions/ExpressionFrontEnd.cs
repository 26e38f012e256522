using System.Globalization;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions;

/// <summary>The entry point of the expression front end: text to a bound, type-checked tree, or diagnostics.</summary>
internal static class ExpressionFrontEnd
{
    /// <summary>Lexes, parses and binds; returns null when any error was added to diagnostics. Never throws for any text.</summary>
    public static BoundExpression? Bind(string text, ExpressionEnvironment environment, ExpressionLimits limits, ICollection<ExpressionDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bound = Bind(text, environment, limits, out var error);
        if (error is { } found)
        {
            diagnostics.Add(found);
        }

        return bound;
    }

    /// <summary>Lexes, parses and binds; returns null with the error when there is one. Never throws for any text.</summary>
    /// <remarks>No collection of diagnostics: a framework list over this struct would be compiled at run time on the first load (ReadyToRun cannot precompile it).</remarks>
    /// <param name="text">The expression.</param>
    /// <param name="environment">The names it can read.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="error">The first problem, or null.</param>
    /// <param name="texts">The load's shared node texts, or null for a substring per node.</param>
    public static BoundExpression? Bind(string text, ExpressionEnvironment environment, ExpressionLimits limits, out ExpressionDiagnostic? error, NodeTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(limits);
        var tree = ExpressionParser.Parse(text ?? "", limits, out error, texts);
        if (tree is null)
        {
            return null;
        }

        var bound = ExpressionBinder.Bind(tree, text!, environment, out error, limits, texts);
        if (bound is null)
        {
            return null;
        }

        error = ExpansionLimitBreach(bound, limits);
        return error is null ? bound : null;
    }

    /// <summary>A constant of the target type made from a host value (e.g. a threshold override); false with an error message when it cannot be converted.</summary>
    /// <remarks>Numbers convert among int, long, double and decimal when no information is lost; strings convert to enums by name (ignoring case).</remarks>
    public static bool TryCreateConstant(object? value, Type targetType, out BoundExpression? constant, out string? error)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        var target = TypeRules.Widened(TypeRules.Underlying(targetType));
        constant = null;
        error = null;
        var text = value is null ? "null" : value is string s ? ExpressionPrinter.Quote(s) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        object? converted = value switch
        {
            null => null,
            _ when value.GetType() == target => value,
            string name when target.IsEnum => ExpressionBinder.ParseEnumName(target, name),
            _ when TypeRules.IsNumeric(target) && IsNumber(value) => LosslessNumber(value, target),
            _ => null,
        };
        if (value is not null && converted is null)
        {
            var names = target.IsEnum ? $" Valid names: {string.Join(", ", Enum.GetNames(target))}." : "";
            error = $"The value {text} ({TypeRules.Describe(value.GetType())}) cannot be used as {TypeRules.Describe(target)} without losing information.{names}";
            return false;
        }

        constant = new BoundConstant(target, converted, text);
        return true;
    }

    /// <summary>Params are inlined when compiled, so a param used twice is copied twice: the expanded tree must stay within the limits.</summary>
    private static ExpressionDiagnostic? ExpansionLimitBreach(BoundExpression bound, ExpressionLimits limits)
    {
        var size = ExpansionMeasure.SizeOf(bound);
        var height = ExpansionMeasure.HeightOf(bound);
        var problem = size > limits.MaxExpandedSize ? $"{size:N0} operations; the limit is {limits.MaxExpandedSize:N0} (RuleLimits.MaxExpandedExpressionSize)"
            : height > limits.MaxExpandedDepth ? $"{height:N0} levels deep; the limit is {limits.MaxExpandedDepth:N0} (RuleLimits.MaxExpandedExpressionDepth)"
            : null;
        return problem is null ? null : new ExpressionDiagnostic(ExpressionDiagnosticCodes.ExpandsTooFar,
            $"Once the params it uses are copied in, the expression is {problem}. A param is copied into every place that uses it: use each param fewer times, or stop building params from params.",
            0, Math.Max(1, bound.Text.Length));
    }

    private static bool IsNumber(object value) => value is int or long or double or decimal or float or short or byte or uint or ulong or sbyte or ushort;

    private static object? LosslessNumber(object value, Type target)
    {
        try
        {
            var asDecimal = value is double or float ? (decimal?)null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            var asDouble = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            object result = Type.GetTypeCode(target) switch
            {
                TypeCode.Int32 => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                TypeCode.Int64 => Convert.ToInt64(value, CultureInfo.InvariantCulture),
                TypeCode.Double => asDouble,
                _ => asDecimal ?? (decimal)asDouble,
            };
            var back = Convert.ToDouble(result, CultureInfo.InvariantCulture);
            var exact = asDecimal is { } d ? Convert.ToDecimal(result, CultureInfo.InvariantCulture) == d && (target != typeof(double) || (decimal)back == d)
                : back.Equals(asDouble);
            return exact ? result : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
