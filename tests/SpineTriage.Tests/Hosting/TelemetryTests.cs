using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SpineTriage.Cases;
using SpineTriage.Reloading;
using SpineTriage.Tests.Reliability;

namespace SpineTriage.Tests.Hosting;

/// <summary>
/// The meter and tracer providers listen to the whole process, so these tests run alone (their collection is not run in
/// parallel with any other): another test's reload or evaluation must not land among the spans and points asserted here.
/// </summary>
[Collection(Name)]
public sealed class TelemetryTests
{
    private const string Name = "Process-wide telemetry listeners";

    private static readonly string Seed = File.ReadAllText(RepositoryFiles.PathOf("seeds", "degenerative-spondylolisthesis-ready.json"));

    [Fact]
    public void One_evaluation_gives_a_span_with_its_verdicts_and_the_evaluation_metrics_without_patient_data()
    {
        var metrics = new List<Metric>();
        var spans = new List<Activity>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter("SpineTriage").AddInMemoryExporter(metrics).Build();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource("SpineTriage").AddInMemoryExporter(spans).Build();

        // A threshold override gives this test's engine a rule-set hash of its own: other tests evaluate in parallel.
        var engine = TriageEngine.Create(new TriageOptions { Thresholds = { ["bmiMax"] = 39 } });
        var report = engine.Evaluate(Seed);
        tracer.ForceFlush();
        meters.ForceFlush();

        var load = Assert.Single(spans, s => s.OperationName == "spinetriage.load" && Equals(s.GetTagItem("spinetriage.rule_set.hash"), engine.RuleSetHash));
        Assert.Equal("success", load.GetTagItem("spinetriage.load.outcome"));
        var span = Assert.Single(spans, s => s.OperationName == "spinetriage.evaluate" && Equals(s.GetTagItem("spinetriage.rule_set.hash"), engine.RuleSetHash));
        foreach (var assessment in report.Assessments)
        {
            Assert.Equal(assessment.Verdict, span.GetTagItem($"spinetriage.verdict.{assessment.Assessment}"));
        }

        var counted = Points(metrics, "spinetriage.evaluations", engine.RuleSetHash)
            .ToDictionary(p => (string)Tag(p, "spinetriage.assessment")!, p => ((string)Tag(p, "spinetriage.verdict")!, p.GetSumLong()));
        Assert.Equal(report.Assessments.ToDictionary(a => a.Assessment, a => (a.Verdict, 1L)), counted);
        var duration = Assert.Single(Points(metrics, "spinetriage.evaluation.duration", engine.RuleSetHash));
        Assert.Equal(1, duration.GetHistogramCount());
        Assert.True(duration.GetHistogramSum() > 0);

        var values = spans.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? string.Empty)
            .Concat(metrics.SelectMany(m => Each(m.GetMetricPoints())).SelectMany(p => Tags(p)).Select(t => t.Value?.ToString() ?? string.Empty));
        Assert.DoesNotContain(values, v => v.Contains("L4-L5", StringComparison.Ordinal) || v.Contains("saddle", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_refused_case_is_counted_by_error_type_and_its_span_is_an_error()
    {
        var metrics = new List<Metric>();
        var spans = new List<Activity>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter("SpineTriage").AddInMemoryExporter(metrics).Build();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource("SpineTriage").AddInMemoryExporter(spans).Build();

        Assert.Throws<CaseValidationException>(() => Triage.TestCases.DefaultEngine.Evaluate("""{"schemaVersion": "nope"}"""));
        tracer.ForceFlush();
        meters.ForceFlush();

        Assert.Contains(spans, s => s.OperationName == "spinetriage.evaluate" && s.Status == ActivityStatusCode.Error && s.StatusDescription == nameof(CaseValidationException));
        Assert.Contains(metrics.Where(m => m.Name == "spinetriage.evaluation.failures").SelectMany(m => Each(m.GetMetricPoints())),
            p => Equals(Tag(p, "error.type"), nameof(CaseValidationException)) && p.GetSumLong() >= 1);
    }

    [Fact]
    public void A_batch_counts_its_finished_cases_by_outcome_for_its_throughput()
    {
        var metrics = new List<Metric>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter("SpineTriage").AddInMemoryExporter(metrics).Build();
        string[] texts = [Seed, """{"schemaVersion": "nope"}""", Seed, Seed];

        var results = SpineTriage.Batches.TriageBatch.EvaluateAllAsync(Triage.TestCases.DefaultEngine, texts, new SpineTriage.Batches.BatchOptions { Workers = 2, ChunkSize = 1 }).ToBlockingEnumerable().ToList();
        var thrown = SpineTriage.Batches.TriageBatch.RunAsync<int, int>([1, 2], i => i == 2 ? throw new InvalidOperationException("step failed") : i).ToBlockingEnumerable().ToList();
        meters.ForceFlush();

        Assert.Equal(4, results.Count);
        Assert.Equal(2, thrown.Count);
        var byOutcome = metrics.Where(m => m.Name == "spinetriage.batch.cases").SelectMany(m => Each(m.GetMetricPoints()))
            .GroupBy(p => (string)Tag(p, "spinetriage.batch.outcome")!).ToDictionary(g => g.Key, g => g.Sum(p => p.GetSumLong()));
        Assert.Equal(4, byOutcome["evaluated"]);
        Assert.Equal(1, byOutcome["problems"]);
        Assert.Equal(1, byOutcome["exception"]);
    }

    [Fact]
    public async Task A_batch_is_one_span_the_parent_of_its_cases_spans_and_an_error_when_cancelled()
    {
        var spans = new List<Activity>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource("SpineTriage").AddInMemoryExporter(spans).Build();
        string[] texts = [Seed, """{"schemaVersion": "nope"}""", Seed];

        var results = SpineTriage.Batches.TriageBatch.EvaluateAllAsync(Triage.TestCases.DefaultEngine, texts, new SpineTriage.Batches.BatchOptions { Workers = 2, ChunkSize = 1 }).ToBlockingEnumerable().ToList();
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in SpineTriage.Batches.TriageBatch.RunAsync(Enumerable.Range(0, 100_000), i => i, new SpineTriage.Batches.BatchOptions { Workers = 2, ChunkSize = 4 }, stop.Token))
            {
                await stop.CancelAsync();
            }
        });
        tracer.ForceFlush();

        Assert.Equal(3, results.Count);
        var batches = spans.Where(s => s.OperationName == "spinetriage.batch").ToList();
        Assert.Equal(2, batches.Count);
        var evaluated = batches.Single(b => Equals(b.GetTagItem("spinetriage.batch.chunk_size"), 1));
        Assert.Equal(2, evaluated.GetTagItem("spinetriage.batch.workers"));
        Assert.Equal(3L, evaluated.GetTagItem("spinetriage.batch.results"));
        Assert.Equal(ActivityStatusCode.Unset, evaluated.Status);
        var cases = spans.Where(s => s.OperationName == "spinetriage.evaluate" && s.ParentSpanId == evaluated.SpanId).ToList();
        Assert.Equal(2, cases.Count); // the third case is refused when read, before an evaluation starts
        var cancelled = batches.Single(b => Equals(b.GetTagItem("spinetriage.batch.chunk_size"), 4));
        Assert.Equal(ActivityStatusCode.Error, cancelled.Status);
        Assert.EndsWith("CanceledException", cancelled.StatusDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Reloads_are_counted_by_outcome_with_a_span_each()
    {
        var metrics = new List<Metric>();
        var spans = new List<Activity>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter("SpineTriage").AddInMemoryExporter(metrics).Build();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource("SpineTriage").AddInMemoryExporter(spans).Build();
        using var folder = new RulesFolder();
        folder.Write(RulesFolder.ValidVersions[0]);
        using var engine = new ReloadingTriageEngine(new TriageOptions { RulesDirectory = folder.Path }, null, watch: false);
        var good = engine.CurrentHash;

        folder.Write(RulesFolder.InvalidVersions[0]);
        Assert.False(engine.ReloadNow());
        tracer.ForceFlush();
        meters.ForceFlush();

        var refused = Assert.Single(spans, s => s.OperationName == "spinetriage.reload" && s.Status == ActivityStatusCode.Error);
        Assert.Equal(engine.LastErrors.Count, refused.GetTagItem("spinetriage.load.errors"));
        Assert.Contains(metrics.Where(m => m.Name == "spinetriage.rule_set.loads").SelectMany(m => Each(m.GetMetricPoints())),
            p => Equals(Tag(p, "spinetriage.load.kind"), "reload") && Equals(Tag(p, "spinetriage.load.outcome"), "failure"));
        Assert.Equal(good, engine.CurrentHash);
    }

    private static IEnumerable<MetricPoint> Points(List<Metric> metrics, string name, string hash) =>
        metrics.Where(m => m.Name == name).SelectMany(m => Each(m.GetMetricPoints())).Where(p => Equals(Tag(p, "spinetriage.rule_set.hash"), hash));

    private static List<MetricPoint> Each(MetricPointsAccessor points)
    {
        var list = new List<MetricPoint>();
        foreach (ref readonly var point in points)
        {
            list.Add(point);
        }

        return list;
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var list = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            list.Add(tag);
        }

        return list;
    }

    private static object? Tag(MetricPoint point, string key) => Tags(point).FirstOrDefault(t => t.Key == key).Value;
}

/// <summary>The collection of tests that listen to process-wide telemetry; xunit runs it after the parallel ones, alone.</summary>
[CollectionDefinition("Process-wide telemetry listeners", DisableParallelization = true)]
public sealed class ProcessWideTelemetryCollection
{
}
