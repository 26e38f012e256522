using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage.Benchmarks;

/// <summary>
/// What telemetry costs one evaluation (issue 19): the public <see cref="TriageEngine.EvaluateVerdicts"/> with a span
/// listener and every SpineTriage instrument enabled, against the same with nobody listening (the baseline). Complete
/// default-pack cases, verdicts only: the shortest public evaluation, where a fixed cost would show most. The cost of
/// the check itself when nobody listens (1.03x in the README's figures of 2026-12-05) was measured against an internal
/// entry point without it, which the benchmarks no longer reach (public API only, issue 18 item 3).
/// </summary>
[MemoryDiagnoser]
public class TelemetryOverheadBenchmarks
{
    private const int Inputs = 256;
    private TriageEngine _engine = null!;
    private PatientCase[] _cases = null!;
    private ActivityListener? _spans;
    private MeterListener? _metrics;
    private int _next;

    [GlobalSetup(Target = nameof(NobodyListening))]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        _engine = BenchmarkSwitches.CompiledTriageEngine();
        _cases = DefaultPackCases.Create(Inputs, dropRate: 0, seed: 17);
    }

    [GlobalSetup(Target = nameof(Listening))]
    public void SetupListening()
    {
        Setup();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SpineTriage",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_spans);
        _metrics = new MeterListener { InstrumentPublished = (instrument, listener) => { if (instrument.Meter.Name == "SpineTriage") listener.EnableMeasurementEvents(instrument); } };
        _metrics.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _metrics.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _metrics.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _spans?.Dispose();
        _metrics?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public TriageVerdicts NobodyListening() => _engine.EvaluateVerdicts(_cases[_next++ & (Inputs - 1)]);

    [Benchmark]
    public TriageVerdicts Listening() => _engine.EvaluateVerdicts(_cases[_next++ & (Inputs - 1)]);
}
