using System.Text.Json;

namespace SpineTriage.Benchmarks.Gate;

/// <summary>
/// <c>--check &lt;results&gt; &lt;thresholds.json&gt; [filter...]</c>: compares RATIOS (a benchmark against its same-run baseline, or a
/// per-unit time against the same benchmark at a smaller size) and ALLOCATIONS against limits kept in the repository,
/// never absolute times, so that the gate means the same on any machine. Prints one line per check and exits non-zero
/// naming every benchmark over its limit, with the measured value and the limit. A scaling entry without a limit is
/// measured and printed, not gated. With BenchmarkDotNet filters (the globs
/// the suite ran with), a check on a benchmark that no filter selects is skipped and listed as such, not failed as
/// missing; a selected benchmark without a result still fails.
/// </summary>
internal static class RegressionCheck
{
    public static int Run(string resultsPath, string thresholdsPath, TextWriter output, IReadOnlyList<string>? filters = null)
    {
        var results = BenchmarkResults.Read(resultsPath).ToDictionary(r => r.Name, StringComparer.Ordinal);
        using var thresholds = JsonDocument.Parse(File.ReadAllText(thresholdsPath));
        var selection = new BenchmarkSelection(filters ?? []);
        var failures = new List<string>();
        var skipped = 0;
        var root = thresholds.RootElement;
        foreach (var check in Items(root, "ratios"))
        {
            var name = check.GetProperty("benchmark").GetString()!;
            var baseline = check.GetProperty("baseline").GetString()!;
            var max = check.GetProperty("max").GetDouble();
            if (!selection.Selects(name, output, ref skipped) || !selection.Selects(baseline, output, ref skipped))
            {
                continue;
            }

            if (Find(results, name, failures) is { } measured && Find(results, baseline, failures) is { } reference)
            {
                Report(output, failures, $"ratio {name} / {baseline}", measured.MeanNs / reference.MeanNs, max, "");
            }
        }

        foreach (var check in Items(root, "allocations"))
        {
            var name = check.GetProperty("benchmark").GetString()!;
            var max = check.GetProperty("maxBytes").GetDouble();
            if (selection.Selects(name, output, ref skipped) && Find(results, name, failures) is { } measured)
            {
                Report(output, failures, $"allocated {name}", measured.AllocatedBytes ?? double.NaN, max, " B/op");
            }
        }

        foreach (var check in Items(root, "scaling"))
        {
            var name = check.GetProperty("benchmark").GetString()!;
            var parameter = check.GetProperty("parameter").GetString()!;
            var from = check.GetProperty("from").GetInt32();
            var to = check.GetProperty("to").GetInt32();
            if (selection.Selects(name, output, ref skipped) && Find(results, $"{name}({parameter}={from})", failures) is { } small && Find(results, $"{name}({parameter}={to})", failures) is { } large)
            {
                output.WriteLine($"info per-unit time {name}: {BenchmarkResults.Format(small.MeanNs / from / 1e3)} µs at {parameter}={from}, {BenchmarkResults.Format(large.MeanNs / to / 1e3)} µs at {parameter}={to}");
                var ratio = (large.MeanNs / to) / (small.MeanNs / from);
                if (check.TryGetProperty("maxPerUnitRatio", out var max))
                {
                    Report(output, failures, $"per-unit time {name} at {parameter}={to} / at {parameter}={from}", ratio, max.GetDouble(), "");
                }
                else
                {
                    // Measured and printed on every run, not gated (a figure an issue tracks before it has a calibrated limit).
                    // Its "why" in thresholds.json says what the figure tracks.
                    output.WriteLine($"info per-unit time {name} at {parameter}={to} / at {parameter}={from}: {BenchmarkResults.Format(ratio)} (not gated)");
                }
            }
        }

        if (skipped > 0)
        {
            output.WriteLine($"{skipped} check(s) skipped: their benchmarks were excluded by the filter {string.Join(" ", filters!)}");
        }

        return Conclude(output, failures, "benchmark gate");
    }

    /// <summary>Prints the gate's verdict, and every failure under it; returns the exit status.</summary>
    internal static int Conclude(TextWriter output, List<string> failures, string gate)
    {
        if (failures.Count == 0)
        {
            output.WriteLine($"{gate}: PASS");
            return 0;
        }

        output.WriteLine($"{gate}: FAIL ({failures.Count} regression(s))");
        foreach (var failure in failures)
        {
            output.WriteLine($"  {failure}");
        }

        return 1;
    }

    internal static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var items) ? items.EnumerateArray() : [];

    internal static MeasuredBenchmark? Find(Dictionary<string, MeasuredBenchmark> results, string name, List<string> failures)
    {
        if (results.TryGetValue(name, out var measured))
        {
            return measured;
        }

        failures.Add($"{name}: no result (the benchmark did not run, failed, or was renamed; update benchmarks/thresholds.json)");
        return null;
    }

    private static void Report(TextWriter output, List<string> failures, string what, double value, double max, string unit) =>
        Report(output, failures, value <= max, $"{what}: {BenchmarkResults.Format(value)}{unit} (limit {BenchmarkResults.Format(max)}{unit})");

    /// <summary>Prints one check's line, <c>ok</c> or <c>FAIL</c>, and keeps a failed one for the verdict.</summary>
    internal static void Report(TextWriter output, List<string> failures, bool passed, string line)
    {
        output.WriteLine($"{(passed ? "ok  " : "FAIL")} {line}");
        if (!passed)
        {
            failures.Add(line);
        }
    }
}
