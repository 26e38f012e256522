using System.Globalization;
using SpineTriage.Rules;

namespace SpineTriage.Cases.Json;

/// <summary>Collects range and contradiction problems with their JSON paths.</summary>
internal sealed class RangeChecks
{
    private DiagnosticList? _problems;

    /// <summary>Gets the problems: at most <see cref="DiagnosticList.MaxKept"/>, then one that counts the rest (a valid case allocates no list).</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems?.ToList() ?? [];

    /// <summary>Checks that a present value lies in [min, max]; NaN and infinities are out of range.</summary>
    public void Range(string path, double? value, double min, double max, string unit)
    {
        if (value is { } v && !(v >= min && v <= max))
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{Format(v)} is out of range for {path}; it must be between {Format(min)} and {Format(max)}{unit}.");
        }
    }

    /// <summary>Checks that a present value is zero or more (and finite).</summary>
    public void NotNegative(string path, double? value, string unit) => Range(path, value, 0, double.MaxValue, unit);

    /// <summary>Checks a value of the imaging level at <paramref name="level"/>: the path (<c>$.imaging.levels[2].modicType</c>) is built only for a problem.</summary>
    public void Range(int level, string member, double? value, double min, double max, string unit)
    {
        if (value is { } v && !(v >= min && v <= max))
        {
            Range($"$.imaging.levels[{level}]{member}", value, min, max, unit);
        }
    }

    /// <summary>Checks that a present value of the imaging level at <paramref name="level"/> is zero or more (and finite).</summary>
    public void NotNegative(int level, string member, double? value, string unit) => Range(level, member, value, 0, double.MaxValue, unit);

    /// <summary>Checks that a present value is finite (for signed measures such as SVA).</summary>
    public void Finite(string path, double? value)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            Add(CaseProblemCodes.OutOfRange, path, $"{path} must be a finite number.");
        }
    }

    /// <summary>Adds a problem.</summary>
    public void Add(string code, string path, string message) =>
        (_problems ??= new DiagnosticList(CaseProblemCodes.MoreProblems)).Add(new Diagnostic(DiagnosticSeverity.Error, code, message) { JsonPath = path });

    private static string Format(double value) =>
        value == double.MaxValue ? "any larger value" : value.ToString(CultureInfo.InvariantCulture);
}
