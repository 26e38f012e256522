using System.Text.Json;
using SpineTriage.Benchmarks.Gate;

namespace SpineTriage.Tests.Performance;

/// <summary>The CI benchmark gate (benchmarks/run calls <c>--check</c>) on doctored BenchmarkDotNet results.</summary>
public sealed class RegressionCheckTests : IDisposable
{
    private const string Thresholds = """
        {
          "ratios": [ { "benchmark": "Eval.Engine", "baseline": "Eval.HandWritten", "max": 2.0 } ],
          "allocations": [ { "benchmark": "Eval.Engine", "maxBytes": 256 } ],
          "scaling": [ { "benchmark": "Load.Load", "parameter": "Rules", "from": 100, "to": 10000, "maxPerUnitRatio": 1.5 } ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("gate").FullName;

    [Fact]
    public void Results_within_every_limit_pass()
    {
        var (status, output) = Check(engineNs: 90, engineBytes: 184, load10000Ns: 1.1e9);

        Assert.Equal(0, status);
        Assert.Contains("benchmark gate: PASS", output);
    }

    [Fact]
    public void A_slower_engine_fails_naming_the_benchmark_the_measured_ratio_and_the_limit()
    {
        var (status, output) = Check(engineNs: 150, engineBytes: 184, load10000Ns: 1.1e9);

        Assert.Equal(1, status);
        Assert.Contains("FAIL ratio Eval.Engine / Eval.HandWritten: 3 (limit 2)", output);
        Assert.Contains("benchmark gate: FAIL (1 regression(s))", output);
    }

    [Fact]
    public void More_allocation_and_superlinear_compilation_fail_too()
    {
        var (status, output) = Check(engineNs: 90, engineBytes: 1_024, load10000Ns: 4e9);

        Assert.Equal(1, status);
        Assert.Contains("FAIL allocated Eval.Engine: 1024 B/op (limit 256 B/op)", output);
        Assert.Contains("FAIL per-unit time Load.Load at Rules=10000 / at Rules=100: 4 (limit 1.5)", output);
    }

    [Fact]
    public void A_benchmark_missing_from_the_results_fails()
    {
        File.WriteAllText(Path.Combine(_folder, "Eval-report-full.json"), Results(Benchmark("Eval", "HandWritten", "", 50, 0)));
        var thresholds = Path.Combine(_folder, "thresholds.json");
        File.WriteAllText(thresholds, Thresholds);
        using var output = new StringWriter();

        Assert.Equal(1, RegressionCheck.Run(_folder, thresholds, output));
        Assert.Contains("Eval.Engine: no result", output.ToString());
    }

    [Fact]
    public void Checks_on_benchmarks_a_filter_excluded_are_skipped_and_listed_not_failed()
    {
        File.WriteAllText(Path.Combine(_folder, "Eval-report-full.json"), Results(Benchmark("Eval", "HandWritten", "", 50, 0), Benchmark("Eval", "Engine", "", 150, 184)));
        var thresholds = Path.Combine(_folder, "thresholds.json");
        File.WriteAllText(thresholds, Thresholds);
        using var output = new StringWriter();

        var status = RegressionCheck.Run(_folder, thresholds, output, ["*eval*"]);

        Assert.Equal(1, status); // the selected ratio is still checked, and fails
        Assert.Contains("FAIL ratio Eval.Engine / Eval.HandWritten: 3 (limit 2)", output.ToString());
        Assert.Contains("skip Load.Load: excluded by the filter", output.ToString());
        Assert.Contains("1 check(s) skipped: their benchmarks were excluded by the filter *eval*", output.ToString());
        Assert.DoesNotContain("no result", output.ToString());
    }

    [Fact]
    public void A_selected_benchmark_without_a_result_still_fails_under_a_filter()
    {
        File.WriteAllText(Path.Combine(_folder, "Eval-report-full.json"), Results(Benchmark("Eval", "HandWritten", "", 50, 0)));
        var thresholds = Path.Combine(_folder, "thresholds.json");
        File.WriteAllText(thresholds, Thresholds);
        using var output = new StringWriter();

        Assert.Equal(1, RegressionCheck.Run(_folder, thresholds, output, ["SpineTriage.Benchmarks.Eval.*"]));
        Assert.Contains("Eval.Engine: no result", output.ToString());
    }

    [Fact]
    public void The_shipped_limits_were_set_from_runs_on_more_than_one_processor_model_and_sit_above_every_run()
    {
        using var thresholds = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("benchmarks", "thresholds.json")));
        var runs = thresholds.RootElement.GetProperty("calibrationRuns").EnumerateArray().ToList();
        Assert.True(runs.Select(r => r.GetProperty("processor").GetString()).Distinct().Count() >= 2, "the limits name runs on fewer than two processor models");

        var checks = thresholds.RootElement.GetProperty("ratios").EnumerateArray().Select(c => (Name: c.GetProperty("benchmark").GetString()!, Max: c.GetProperty("max").GetDouble()))
            .Concat(thresholds.RootElement.GetProperty("scaling").EnumerateArray()
                .Where(c => c.TryGetProperty("maxPerUnitRatio", out _))
                .Select(c => (Name: c.GetProperty("benchmark").GetString()!, Max: c.GetProperty("maxPerUnitRatio").GetDouble())));
        foreach (var (name, max) in checks)
        {
            var measured = runs.Where(r => r.GetProperty("worst").TryGetProperty(name, out _)).ToList();
            Assert.True(measured.Select(r => r.GetProperty("processor").GetString()).Distinct().Count() >= 2, $"{name}: measured on fewer than two processor models");
            var worst = measured.Max(r => r.GetProperty("worst").GetProperty(name).GetDouble());
            Assert.True(worst <= max, $"{name}: the limit {max} is below a calibration run's {worst}");
        }
    }

    [Fact]
    public void A_scaling_entry_without_a_limit_is_printed_with_its_ratio_and_never_fails()
    {
        File.WriteAllText(Path.Combine(_folder, "Load-report-full.json"), Results(Benchmark("Load", "Load", "Rules=100", 1e7, 1), Benchmark("Load", "Load", "Rules=10000", 5e9, 1)));
        var thresholds = Path.Combine(_folder, "thresholds.json");
        File.WriteAllText(thresholds, """{ "scaling": [ { "benchmark": "Load.Load", "parameter": "Rules", "from": 100, "to": 10000, "why": "tracked" } ] }""");
        using var output = new StringWriter();

        var status = RegressionCheck.Run(_folder, thresholds, output);

        Assert.Equal(0, status);
        Assert.Contains("info per-unit time Load.Load at Rules=10000 / at Rules=100: 5 (not gated)", output.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Status, string Output) Check(double engineNs, long engineBytes, double load10000Ns)
    {
        File.WriteAllText(Path.Combine(_folder, "Eval-report-full.json"), Results(Benchmark("Eval", "HandWritten", "", 50, 0), Benchmark("Eval", "Engine", "", engineNs, engineBytes)));
        File.WriteAllText(Path.Combine(_folder, "Load-report-full.json"), Results(Benchmark("Load", "Load", "Rules=100", 1e7, 1), Benchmark("Load", "Load", "Rules=10000", load10000Ns, 1)));
        var thresholds = Path.Combine(_folder, "thresholds.json");
        File.WriteAllText(thresholds, Thresholds);
        using var output = new StringWriter();
        var status = RegressionCheck.Run(_folder, thresholds, output);
        return (status, output.ToString());
    }

    private static string Results(params string[] benchmarks) => $$"""{ "Title": "t", "Benchmarks": [ {{string.Join(",", benchmarks)}} ] }""";

    private static string Benchmark(string type, string method, string parameters, double meanNs, long bytes) =>
        $$"""{ "Type": "{{type}}", "Method": "{{method}}", "Parameters": "{{parameters}}", "Statistics": { "Mean": {{meanNs.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }, "Memory": { "BytesAllocatedPerOperation": {{bytes}} } }""";
}
