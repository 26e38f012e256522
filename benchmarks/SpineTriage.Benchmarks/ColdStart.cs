using System.Diagnostics;
using System.Globalization;

namespace SpineTriage.Benchmarks;

/// <summary>
/// <c>--cold</c>: loads the default pack once in this fresh process and prints the elapsed milliseconds, so that the
/// script can run it N times and report the cold figure (JIT of the loader and of the rules included) that
/// BenchmarkDotNet, which measures warm code, cannot.
/// </summary>
internal static class ColdStart
{
    public static int Run()
    {
        var sources = DefaultPack.Sources();
        var options = DefaultPack.Options();
        var stopwatch = Stopwatch.StartNew();
        var ruleSet = Rules.RuleSet.Load(sources, options);
        var loadMs = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        Rules.RuleSet.Load(sources, options);
        var warmMs = stopwatch.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold-load-ms {loadMs:F1} second-load-ms {warmMs:F1} workflows {ruleSet.Workflows.Count}"));
        return 0;
    }
}
