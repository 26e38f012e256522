using System.Globalization;

namespace SpineTriage.Cli.Evaluate;

/// <summary>Parses <c>--threshold name=value</c> tokens (value in invariant culture, such as <c>8.5</c>).</summary>
internal static class ThresholdArgument
{
    public static string? Problem(string token)
    {
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return $"'--threshold {token}' is not name=value; write for example '--threshold hba1cOptimizeFirstPercent=8.5'.";
        }

        var value = token[(equals + 1)..];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? null
            : $"'--threshold {token}': '{value}' is not a number; use a decimal point, for example '{token[..equals]}=8.5'.";
    }

    public static Dictionary<string, double> ToDictionary(IEnumerable<string> tokens)
    {
        var thresholds = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            thresholds[token[..equals].Trim()] = double.Parse(token[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return thresholds;
    }
}
