using BenchmarkDotNet.Attributes;
using SpineTriage.Cases;

namespace SpineTriage.Benchmarks;

/// <summary>100,000 triage reports (1,024 distinct cases, cycled) on one thread and with Parallel.For on every core.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    /// <summary>The cases per batch.</summary>
    public const int Cases = 100_000;

    private TriageEngine _engine = null!;
    private PatientCase[] _cases = null!;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        _engine = BenchmarkSwitches.CompiledTriageEngine();
        _cases = DefaultPackCases.Create(1_024, dropRate: 0.1, seed: 23);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases)]
    public int SingleThreaded()
    {
        var urgent = 0;
        for (var i = 0; i < Cases; i++)
        {
            urgent += _engine.Evaluate(_cases[i & 1023]).RedFlags.Count;
        }

        return urgent;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int ParallelForAllCores()
    {
        var urgent = 0;
        Parallel.For(0, Cases, () => 0, (i, _, count) => count + _engine.Evaluate(_cases[i & 1023]).RedFlags.Count, count => Interlocked.Add(ref urgent, count));
        return urgent;
    }
}
