using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace SpineTriage.Benchmarks;

/// <summary>
/// <c>--cold</c>: loads the default pack once in this fresh process and prints the elapsed milliseconds (wall and CPU
/// of the loading thread), so that the script can run it N times and report the cold figure (JIT of the loader and
/// of the rules included) that BenchmarkDotNet, which measures warm code, cannot. Then the first evaluation of one
/// case by every workflow (the case is made after the load, so that making it warms nothing the load uses), printed as
/// cold load + first evaluation: loading cheaply must not just move the cost to the first case. A second load shows
/// the warm cost.
/// </summary>
internal static class ColdStart
{
    public static int Run()
    {
        var sources = DefaultPack.Sources();
        var options = DefaultPack.Options();
        var jitBefore = JitInfo.GetCompilationTime(currentThread: true);
        var methodsBefore = JitInfo.GetCompiledMethodCount(currentThread: true);
        Rules.RuleSet? ruleSet = null;
        var (coldWall, coldCpu) = Measure(() => ruleSet = Rules.RuleSet.Load(sources, options));
        var jit = (JitInfo.GetCompilationTime(currentThread: true) - jitBefore).TotalMilliseconds;
        var methods = JitInfo.GetCompiledMethodCount(currentThread: true) - methodsBefore;

        var arguments = DefaultPackCases.Arguments(DefaultPackCases.Create(1, dropRate: 0.2, seed: 7)[0]);
        var evaluationJitBefore = JitInfo.GetCompiledMethodCount(currentThread: true);
        var (evaluationWall, _) = Measure(() => EvaluateOnce(ruleSet!, arguments));
        var evaluationMethods = JitInfo.GetCompiledMethodCount(currentThread: true) - evaluationJitBefore;

        var (warmWall, warmCpu) = Measure(() => Rules.RuleSet.Load(sources, options));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold-load-ms {coldWall:F1} cold-load-cpu-ms {coldCpu:F1} warm-load-ms {warmWall:F1} warm-load-cpu-ms {warmCpu:F1} cold-jit-ms {jit:F1} cold-jit-methods {methods} cold-load-and-first-evaluation-ms {coldWall + evaluationWall:F1} first-evaluation-ms {evaluationWall:F1} first-evaluation-jit-methods {evaluationMethods}"));
        return 0;
    }

    /// <summary>Every workflow evaluated once, and every outcome read.</summary>
    private static void EvaluateOnce(Rules.RuleSet ruleSet, object?[] arguments)
    {
        foreach (var workflow in ruleSet.Workflows)
        {
            foreach (var result in workflow.Evaluate(arguments).Results)
            {
                _ = result.Outcome;
            }
        }
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var cpu = ThreadClock.Milliseconds();
        var stopwatch = Stopwatch.StartNew();
        action();
        return (stopwatch.Elapsed.TotalMilliseconds, ThreadClock.Milliseconds() - cpu);
    }
}
