namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>A host-registered type (RuleSetOptions.CustomTypes) for the expression tests and generators.</summary>
public static class HostFunctions
{
    public static int Twice(int value) => 2 * value;

    public static double? Ratio(double numerator, double denominator) => denominator == 0 ? null : numerator / denominator;

    public static bool IsShort(string? text) => text is { Length: < 4 };

    public static string Initials(string text, int count) => text[..Math.Min(count, text.Length)];

    public static bool IsSevere(Grade grade) => grade == Grade.Severe;

    public static int Fails(int value) => throw new InvalidOperationException($"host function failed on {value}");

    public static object Untyped() => new();

    public static void Nothing()
    {
    }
}
