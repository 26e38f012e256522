using System.Globalization;
using System.Reflection;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// The text functions of <see cref="BoundTextCall"/>, shared by the walker and the compiled delegates: ordinal,
/// culture-invariant, and never an exception for data (null where the result is not defined, read as missing); only
/// a text past the limit is an error, as for joined texts (<see cref="BoundedText"/>).
/// </summary>
internal static class TextFunctions
{
    /// <summary>Gets the method the compiled delegates call for <paramref name="function"/> with <paramref name="operandCount"/> operands.</summary>
    public static MethodInfo MethodFor(TextFunction function, int operandCount) => function switch
    {
        TextFunction.Substring => typeof(TextFunctions).GetMethod(nameof(Substring), operandCount == 2 ? [typeof(string), typeof(int)] : [typeof(string), typeof(int), typeof(int)])!,
        TextFunction.IndexOf => typeof(TextFunctions).GetMethod(nameof(IndexOf))!,
        TextFunction.Replace => typeof(TextFunctions).GetMethod(nameof(Replace))!,
        _ => typeof(TextFunctions).GetMethod(nameof(ToText))!,
    };

    /// <summary>The function over present operand values (the walker's entry point).</summary>
    public static object? Apply(TextFunction function, object target, object? first, object? second, int maxLength) => function switch
    {
        TextFunction.Substring when second is null => Substring((string)target, (int)first!),
        TextFunction.Substring => Substring((string)target, (int)first!, (int)second),
        TextFunction.IndexOf => IndexOf((string)target, (string)first!),
        TextFunction.Replace => Replace((string)target, (string)first!, (string)second!, maxLength),
        _ => ToText(target),
    };

    public static string? Substring(string text, int start) => start >= 0 && start <= text.Length ? text[start..] : null;

    public static string? Substring(string text, int start, int length) =>
        start >= 0 && length >= 0 && (long)start + length <= text.Length ? text.Substring(start, length) : null;

    public static int IndexOf(string text, string part) => text.IndexOf(part, StringComparison.Ordinal);

    /// <summary>The text with every <paramref name="old"/> replaced; null (missing) for an empty <paramref name="old"/>, where .NET throws.</summary>
    public static string? Replace(string text, string old, string replacement, int maxLength)
    {
        if (old.Length == 0)
        {
            return null;
        }

        if (replacement.Length > old.Length)
        {
            long count = 0;
            for (var at = text.IndexOf(old, StringComparison.Ordinal); at >= 0; at = text.IndexOf(old, at + old.Length, StringComparison.Ordinal))
            {
                count++;
            }

            var length = text.Length + (count * (replacement.Length - old.Length));
            if (length > maxLength)
            {
                throw new InvalidOperationException($"Replacing in a text would build {length:N0} characters; the limit is {maxLength:N0} (RuleLimits.MaxStringLength).");
            }
        }

        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary>A text, number, bool or enum as text: invariant culture, numbers in their shortest round-trip form, enums by name.</summary>
    public static string ToText(object value) => value switch
    {
        string text => text,
        bool flag => flag ? bool.TrueString : bool.FalseString,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
