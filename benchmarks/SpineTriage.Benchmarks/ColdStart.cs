using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace SpineTriage.Benchmarks;

/// <summary>
/// <c>--cold</c>: loads the default pack once in this fresh process and prints the elapsed milliseconds (wall and CPU
/// of the loading thread), so that the script can run it N times and report the cold figure (JIT of the loader and
/// of the rules included) that BenchmarkDotNet, which measures warm code, cannot. A second load shows the warm cost.
/// </summary>
internal static class ColdStart
{
    public static int Run()
    {
        var sources = DefaultPack.Sources();
        var options = DefaultPack.Options();
        var jitBefore = JitInfo.GetCompilationTime(currentThread: true);
        var methodsBefore = JitInfo.GetCompiledMethodCount(currentThread: true);
        var (coldWall, coldCpu) = Measure(() => Rules.RuleSet.Load(sources, options));
        var jit = (JitInfo.GetCompilationTime(currentThread: true) - jitBefore).TotalMilliseconds;
        var methods = JitInfo.GetCompiledMethodCount(currentThread: true) - methodsBefore;
        var (warmWall, warmCpu) = Measure(() => Rules.RuleSet.Load(sources, options));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold-load-ms {coldWall:F1} cold-load-cpu-ms {coldCpu:F1} warm-load-ms {warmWall:F1} warm-load-cpu-ms {warmCpu:F1} cold-jit-ms {jit:F1} cold-jit-methods {methods}"));
        return 0;
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var cpu = ThreadClock.Milliseconds();
        var stopwatch = Stopwatch.StartNew();
        action();
        return (stopwatch.Elapsed.TotalMilliseconds, ThreadClock.Milliseconds() - cpu);
    }
}
