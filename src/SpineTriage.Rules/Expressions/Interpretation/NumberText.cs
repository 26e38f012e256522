using System.Globalization;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// The text-to-number reads of <c>int.Parse</c> and <c>double.Parse</c> in expressions, shared by the walker and the
/// compiled delegates: .NET's default number styles, the invariant culture (a verdict never depends on the machine's
/// culture), and null (missing) instead of an exception when the text is not a number.
/// </summary>
internal static class NumberText
{
    /// <summary>The whole number the text holds (sign and surrounding white space allowed); null when it is not one or does not fit an int.</summary>
    public static int? ParseInt(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The finite number the text holds (decimal point '.', exponent allowed); null when it is not one, or is NaN or an
    /// infinity. Unlike double.Parse, a thousands separator is not skipped: "1,5" (one and a half where ',' is the
    /// decimal separator) is not a number rather than 15.
    /// </summary>
    public static double? ParseDouble(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
}
