using System.Diagnostics;
using System.Globalization;
using SpineTriage.Rules;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Benchmarks;

/// <summary>
/// Load per rule at 10,000 generated rules over 100 (<c>--load-scaling</c>), both sizes measured in one process in
/// alternating blocks, so that both sides of each ratio ran in the same phase of the machine. BenchmarkDotNet runs each
/// size of <see cref="CompileScalingBenchmarks"/> in a process of its own, minutes apart: on a shared 2-vCPU machine a
/// slow phase that falls on one of them moves the ratio by half (1.46 and 1.49 in quiet CI runs, 2.05 in a slow one,
/// 2026-12-06). Each block loads one size over and over for <see cref="BlockMilliseconds"/> under the host's default GC,
/// so a block pays the collections its own loads cause, as a host loading that size repeatedly would; the first blocks
/// are a warm-up (the tiered JIT). Prints the median of the blocks' ratios, their range, and each size's median time per
/// rule. Reported by benchmarks/run beside the gate, not gated: the gate keeps the BenchmarkDotNet check.
/// </summary>
internal static class LoadScalingInterleaved
{
    private const int BlockMilliseconds = 400;
    private const int WarmUpPairs = 4;
    private const int Small = 100;
    private const int Large = 10_000;

    /// <summary>Measures and writes one line.</summary>
    /// <param name="output">Where the line goes.</param>
    /// <param name="pairs">How many pairs of blocks count.</param>
    /// <returns>0.</returns>
    public static int Run(TextWriter output, int pairs = 12)
    {
        var options = TwentyRuleWorkload.Options();
        var small = GeneratedRules.Json(Small);
        var large = GeneratedRules.Json(Large);
        for (var i = 0; i < WarmUpPairs; i++)
        {
            PerRule(small, Small, options);
            PerRule(large, Large, options);
        }

        var smallTimes = new double[pairs];
        var largeTimes = new double[pairs];
        var ratios = new double[pairs];
        for (var i = 0; i < pairs; i++)
        {
            smallTimes[i] = PerRule(small, Small, options);
            largeTimes[i] = PerRule(large, Large, options);
            ratios[i] = largeTimes[i] / smallTimes[i];
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"load per rule at {Large:N0} rules over {Small} (interleaved in one process, {pairs} pairs of {BlockMilliseconds} ms blocks): median ratio {Median(ratios):F3} (range {ratios.Min():F3}-{ratios.Max():F3}); median per rule {Median(largeTimes):F3} us at {Large:N0}, {Median(smallTimes):F3} us at {Small}"));
        return 0;
    }

    /// <summary>Loads <paramref name="json"/> repeatedly for one block; the mean time per rule in microseconds.</summary>
    private static double PerRule(string json, int rules, RuleSetOptions options)
    {
        var clock = Stopwatch.StartNew();
        var loads = 0;
        while (clock.ElapsedMilliseconds < BlockMilliseconds)
        {
            GC.KeepAlive(RuleSet.LoadJson(json, options));
            loads++;
        }

        return clock.Elapsed.TotalMicroseconds / loads / rules;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
