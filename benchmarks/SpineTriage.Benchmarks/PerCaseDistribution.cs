using System.Diagnostics;
using System.Globalization;
using SpineTriage.Cases;

namespace SpineTriage.Benchmarks;

/// <summary>
/// The cost of each case on its own (<c>--per-case</c>), for the bars that name a median: BenchmarkDotNet's iterations
/// cycle through the benchmark's 256 cases, so its figure is the mean over the mix, and a few cases that search
/// hundreds of completions weigh on it as much as all the rest. Here each of the same 256 cases (20 % of fields missing,
/// DefaultPackMissingDataBenchmarks' seed) is timed alone: the best of several passes of a few calls, so a pass a
/// neighbour slowed does not count; the hand-written C# of the three assessments is timed the same way, so the ratios
/// of the medians compare across machines. Prints one line per workload: median, 90th percentile, mean and the median's
/// ratio to the hand-written median.
/// </summary>
internal static class PerCaseDistribution
{
    private const int Cases = 256;

    /// <summary>Times the three workloads and writes their lines.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="warmUpSeconds">How long each workload runs before it is timed (the tiered JIT's time to compile every path).</param>
    /// <param name="passes">How many times each case is timed; its best pass counts.</param>
    /// <param name="callsPerPass">How many calls one timing averages.</param>
    /// <returns>0.</returns>
    public static int Run(TextWriter output, double warmUpSeconds = 3, int passes = 7, int callsPerPass = 8)
    {
        var engine = BenchmarkSwitches.CompiledTriageEngine();
        var cases = DefaultPackCases.Create(Cases, 0.2, seed: 17);
        var fusion = new Oracle.K[Oracle.DefaultPackOracle.FusionRules];
        var biologic = new Oracle.K[Oracle.DefaultPackOracle.BiologicRules];
        var revision = new Oracle.K[Oracle.DefaultPackOracle.RevisionRules];
        (string Name, Func<PatientCase, object> Call)[] workloads =
        [
            ("hand-written, all three assessments", c => Oracle.DefaultPackOracle.Fusion(c, fusion) + Oracle.DefaultPackOracle.Biologic(c, biologic) + Oracle.DefaultPackOracle.Revision(c, revision)),
            ("EvaluateVerdicts (verdicts only)", engine.EvaluateVerdicts),
            ("Evaluate (TriageReport)", engine.Evaluate),
        ];

        output.WriteLine($"per case, {Cases} cases with 20 % of fields missing, best of {passes} passes of {callsPerPass} calls (µs):");
        double? baseline = null;
        foreach (var (name, call) in workloads)
        {
            var times = Measure(cases, call, warmUpSeconds, passes, callsPerPass);
            Array.Sort(times);
            var median = times[Cases / 2];
            baseline ??= median;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {name}: median {median:F2}, p90 {times[(Cases * 9) / 10]:F2}, mean {times.Average():F2}, median ratio {median / baseline.Value:F2}"));
        }

        return 0;
    }

    private static double[] Measure(PatientCase[] cases, Func<PatientCase, object> call, double warmUpSeconds, int passes, int callsPerPass)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed.TotalSeconds < warmUpSeconds; i++)
        {
            call(cases[i % cases.Length]);
        }

        var best = new double[cases.Length];
        Array.Fill(best, double.MaxValue);
        for (var pass = 0; pass < passes; pass++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                var started = Stopwatch.GetTimestamp();
                for (var k = 0; k < callsPerPass; k++)
                {
                    call(cases[c]);
                }

                best[c] = Math.Min(best[c], Stopwatch.GetElapsedTime(started).TotalMicroseconds / callsPerPass);
            }
        }

        return best;
    }
}
