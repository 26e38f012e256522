using System.Text.Json;

namespace SpineTriage.Benchmarks.Gate;

/// <summary>
/// <c>--check-end-to-end &lt;measurements.json&gt; &lt;thresholds.json&gt;</c>: the <c>endToEnd</c> floors of thresholds.json
/// against what benchmarks/run timed outside BenchmarkDotNet (the audit stage: whole processes over one generated
/// cohort, wall times in BenchmarkDotNet's export shape so that <see cref="BenchmarkResults"/> reads them). Each entry
/// is a SPEED ratio, the baseline's time over the benchmark's for the same work (0.1 = a tenth of the baseline's speed),
/// and fails below its <c>minSpeedRatio</c>; a measurement missing from the file fails, as in <see cref="RegressionCheck"/>.
/// The floors are regression floors calibrated on measured runs; an entry's <c>bar</c> (the goal) is printed, not gated.
/// </summary>
internal static class EndToEndCheck
{
    public static int Run(string measurementsPath, string thresholdsPath, TextWriter output)
    {
        var results = BenchmarkResults.Read(measurementsPath).ToDictionary(r => r.Name, StringComparer.Ordinal);
        using var thresholds = JsonDocument.Parse(File.ReadAllText(thresholdsPath));
        var failures = new List<string>();
        foreach (var check in RegressionCheck.Items(thresholds.RootElement, "endToEnd"))
        {
            var name = check.GetProperty("benchmark").GetString()!;
            var baseline = check.GetProperty("baseline").GetString()!;
            var floor = check.GetProperty("minSpeedRatio").GetDouble();
            if (RegressionCheck.Find(results, name, failures) is { } measured && RegressionCheck.Find(results, baseline, failures) is { } reference)
            {
                var speed = reference.MeanNs / measured.MeanNs;
                var bar = check.TryGetProperty("bar", out var goal) ? $"; the bar, not gated: {BenchmarkResults.Format(goal.GetDouble())}" : "";
                RegressionCheck.Report(output, failures, speed >= floor,
                    $"speed {name} over {baseline}: {BenchmarkResults.Format(speed)} (floor {BenchmarkResults.Format(floor)}{bar})");
            }
        }

        return RegressionCheck.Conclude(output, failures, "end-to-end gate");
    }
}
