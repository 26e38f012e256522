using System.Diagnostics;
using SpineTriage.Rules;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Benchmarks;

internal static class QuickProbe
{
    public static int Run(string what, int n)
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var random = new Random(42);
        var cases = Enumerable.Range(0, 64).Select(_ => WorkloadCase.Random(random, nullRate: 0)).ToArray();
        var met = new bool[TwentyRuleWorkload.RuleCount];
        for (var i = 0; i < 1_000; i++) { TwentyRuleWorkload.Evaluate(cases[i & 63], met); workflow.Evaluate(cases[i & 63]); }
        var sw = Stopwatch.StartNew();
        if (what == "hand") for (var i = 0; i < n; i++) TwentyRuleWorkload.Evaluate(cases[i & 63], met);
        if (what == "engine") for (var i = 0; i < n; i++) workflow.Evaluate(cases[i & 63]);
        Console.WriteLine($"{what} {sw.Elapsed.TotalNanoseconds / Math.Max(n, 1):F1} ns");
        return 0;
    }
}
