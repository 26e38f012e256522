using System.Text.RegularExpressions;

namespace SpineTriage.Benchmarks.Gate;

/// <summary>
/// The benchmarks a run selected, from the globs given to BenchmarkDotNet's <c>--filter</c> (matched, as BenchmarkDotNet
/// does, against the full name <c>Namespace.Type.Method</c>, case-insensitively). No globs select everything.
/// </summary>
internal sealed class BenchmarkSelection(IReadOnlyList<string> globs)
{
    private const string Namespace = "SpineTriage.Benchmarks.";

    private readonly Regex[] _patterns = [.. globs.Select(ToRegex)];

    /// <summary>Whether the run selected the benchmark a threshold names (<c>Type.Method</c> or <c>Type.Method(Params)</c>); says so when it did not.</summary>
    public bool Selects(string thresholdName, TextWriter output, ref int skipped)
    {
        if (_patterns.Length == 0)
        {
            return true;
        }

        var parameters = thresholdName.IndexOf('(', StringComparison.Ordinal);
        var fullName = Namespace + (parameters < 0 ? thresholdName : thresholdName[..parameters]);
        if (_patterns.Any(pattern => pattern.IsMatch(fullName)))
        {
            return true;
        }

        output.WriteLine($"skip {thresholdName}: excluded by the filter");
        skipped++;
        return false;
    }

    private static Regex ToRegex(string glob) =>
        new("^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
