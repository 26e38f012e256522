using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using SpineTriage.Reports;

namespace SpineTriage.Telemetry;

/// <summary>
/// SpineTriage's metrics and traces, both named <see cref="Name"/> (add that name to an OpenTelemetry meter and tracer
/// provider). Attributes carry assessment names, verdicts, counts and the rule-set hash, never patient data. With no
/// listener nothing is measured: each entry point checks <see cref="IsObserved"/> first (DefaultPackBenchmarks).
/// </summary>
internal static class TriageTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "SpineTriage";

    private static readonly string? Version = typeof(TriageTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static readonly ActivitySource Source = new(Name, Version);

    private static readonly Meter Meter = new(Name, Version);

    private static readonly Counter<long> Evaluations = Meter.CreateCounter<long>(
        "spinetriage.evaluations", "{assessment}", "Assessments evaluated, by assessment and verdict (Incomplete included).");

    // Bucket boundaries in seconds from 10 µs to 1 s: an evaluation takes tens of microseconds once compiled, and
    // the default boundaries (meant for milliseconds) would put every one in the first bucket.
    private static readonly Histogram<double> EvaluationDuration = Meter.CreateHistogram<double>(
        "spinetriage.evaluation.duration",
        "s",
        "Time to evaluate one case, every assessment included.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00001, 0.00002, 0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 0.5, 1] });

    private static readonly Counter<long> EvaluationFailures = Meter.CreateCounter<long>(
        "spinetriage.evaluation.failures", "{case}", "Cases refused before evaluation (malformed, out of range, contradictory), by error type.");

    private static readonly Counter<long> RuleSetLoads = Meter.CreateCounter<long>(
        "spinetriage.rule_set.loads", "{load}", "Rule-set loads (start-up) and reloads (hot reload), by outcome.");

    private static readonly Counter<long> BatchCases = Meter.CreateCounter<long>(
        "spinetriage.batch.cases", "{case}", "Cases a batch (TriageBatch, the audit command) has finished, by outcome; its rate is the batch's throughput.");

    /// <summary>Gets a value indicating whether anybody listens to an evaluation's span or metrics.</summary>
    public static bool IsObserved => Source.HasListeners() || Evaluations.Enabled || EvaluationDuration.Enabled || EvaluationFailures.Enabled;

    /// <summary>Evaluates one case under a span (<c>spinetriage.evaluate</c>, its verdicts as attributes) and records its metrics.</summary>
    public static TriageReport ObserveEvaluation<TState>(TState state, Func<TState, TriageReport> evaluate)
    {
        using var activity = Source.StartActivity("spinetriage.evaluate");
        var start = Stopwatch.GetTimestamp();
        TriageReport report;
        try
        {
            report = evaluate(state);
        }
        catch (Exception exception) when (Failed(activity, exception))
        {
            throw;
        }

        var hash = Duration(start, report.RuleSetHash);
        foreach (var assessment in report.Assessments)
        {
            Evaluated(activity, hash, assessment.Assessment, assessment.Verdict);
        }

        activity?.SetTag(hash.Key, hash.Value);
        activity?.SetTag("spinetriage.red_flags", report.RedFlags.Count);
        return report;
    }

    /// <summary>Evaluates one case's verdicts only under the same span and metrics as a report (<see cref="ObserveEvaluation{TState}(TState, Func{TState, TriageReport})"/>).</summary>
    public static TriageVerdicts ObserveEvaluation<TState>(TState state, Func<TState, TriageVerdicts> evaluate)
    {
        using var activity = Source.StartActivity("spinetriage.evaluate");
        var start = Stopwatch.GetTimestamp();
        TriageVerdicts verdicts;
        try
        {
            verdicts = evaluate(state);
        }
        catch (Exception exception) when (Failed(activity, exception))
        {
            throw;
        }

        var hash = Duration(start, verdicts.RuleSetHash);
        foreach (var assessment in verdicts.Assessments)
        {
            Evaluated(activity, hash, assessment.Assessment, assessment.Verdict);
        }

        activity?.SetTag(hash.Key, hash.Value);
        activity?.SetTag("spinetriage.red_flags", verdicts.RedFlags.Count);
        return verdicts;
    }

    private static KeyValuePair<string, object?> Duration(long start, string ruleSetHash)
    {
        var hash = new KeyValuePair<string, object?>("spinetriage.rule_set.hash", ruleSetHash);
        EvaluationDuration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds, hash);
        return hash;
    }

    private static void Evaluated(Activity? activity, KeyValuePair<string, object?> hash, string assessment, string verdict)
    {
        Evaluations.Add(1, new("spinetriage.assessment", assessment), new("spinetriage.verdict", verdict), hash);
        activity?.SetTag($"spinetriage.verdict.{assessment}", verdict);
    }

    /// <summary>
    /// Starts the span of one batch (<c>spinetriage.batch</c>), the parent of its cases' <c>spinetriage.evaluate</c> spans:
    /// its workers and chunk size now, its counts when it ends (<see cref="BatchEnded"/>). Null when nobody listens.
    /// </summary>
    public static Activity? StartBatch(int workers, int chunkSize)
    {
        var activity = Source.StartActivity("spinetriage.batch");
        activity?.SetTag("spinetriage.batch.workers", workers);
        activity?.SetTag("spinetriage.batch.chunk_size", chunkSize);
        return activity;
    }

    /// <summary>Ends a batch's span with the number of results it gave, and status Error with the exception's type when it failed or was cancelled.</summary>
    public static void BatchEnded(Activity? activity, long results, Exception? error)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("spinetriage.batch.results", results);
        if (error is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        }

        activity.Dispose();
    }

    /// <summary>Counts a batch chunk's finished cases in <c>spinetriage.batch.cases</c> by outcome (<c>evaluated</c>, <c>problems</c>, <c>exception</c>): once per chunk, not per case.</summary>
    public static void BatchChunkDone<T>(Batches.BatchResult<T>[] results)
    {
        if (!BatchCases.Enabled)
        {
            return;
        }

        long evaluated = 0, problems = 0, exceptions = 0;
        foreach (var result in results)
        {
            if (result.Exception is not null)
            {
                exceptions++;
            }
            else if (result.Problems.Count > 0)
            {
                problems++;
            }
            else
            {
                evaluated++;
            }
        }

        AddBatchCases(evaluated, "evaluated");
        AddBatchCases(problems, "problems");
        AddBatchCases(exceptions, "exception");
    }

    private static void AddBatchCases(long count, string outcome)
    {
        if (count > 0)
        {
            BatchCases.Add(count, new KeyValuePair<string, object?>("spinetriage.batch.outcome", outcome));
        }
    }

    /// <summary>Starts a load's or a reload's span (<c>spinetriage.load</c>, <c>spinetriage.reload</c>); null when nobody listens.</summary>
    public static Activity? StartLoad(bool reload) => Source.StartActivity(reload ? "spinetriage.reload" : "spinetriage.load");

    /// <summary>Records a load's or a reload's outcome on its span and in <c>spinetriage.rule_set.loads</c>.</summary>
    public static void LoadEnded(Activity? activity, bool reload, string? hash, Exception? error = null, int errorCount = 0)
    {
        var kind = new KeyValuePair<string, object?>("spinetriage.load.kind", reload ? "reload" : "load");
        var outcome = new KeyValuePair<string, object?>("spinetriage.load.outcome", hash is null ? "failure" : "success");
        var hashTag = new KeyValuePair<string, object?>("spinetriage.rule_set.hash", hash ?? string.Empty);
        RuleSetLoads.Add(1, kind, outcome, hashTag);
        if (activity is null)
        {
            return;
        }

        activity.SetTag(kind.Key, kind.Value);
        activity.SetTag(outcome.Key, outcome.Value);
        if (hash is not null)
        {
            activity.SetTag(hashTag.Key, hash);
        }
        else
        {
            activity.SetTag("spinetriage.load.errors", errorCount);
            activity.SetStatus(ActivityStatusCode.Error, error?.GetType().Name ?? "refused");
        }
    }

    private static bool Failed(Activity? activity, Exception exception)
    {
        EvaluationFailures.Add(1, new KeyValuePair<string, object?>("error.type", exception.GetType().Name));
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        return false;
    }
}
