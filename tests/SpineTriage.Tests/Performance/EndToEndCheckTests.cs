using System.Globalization;
using System.Text.Json;
using SpineTriage.Benchmarks.Gate;

namespace SpineTriage.Tests.Performance;

/// <summary>The end-to-end floor benchmarks/run checks after timing the audit against Python (<c>--check-end-to-end</c>), on doctored measurements.</summary>
public sealed class EndToEndCheckTests : IDisposable
{
    private const string Thresholds = """
        { "endToEnd": [ { "benchmark": "Audit.WorkersAll", "baseline": "Audit.Python", "minSpeedRatio": 0.05, "bar": 1.0 } ] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("gate").FullName;

    [Fact]
    public void An_audit_above_its_floor_passes_and_prints_the_bar_it_is_not_gated_on()
    {
        var (status, output) = Check(("Python", 1e9), ("WorkersAll", 10e9));

        Assert.Equal(0, status);
        Assert.Contains("ok   speed Audit.WorkersAll over Audit.Python: 0.1 (floor 0.05; the bar, not gated: 1)", output);
        Assert.Contains("end-to-end gate: PASS", output);
    }

    [Fact]
    public void An_audit_below_its_floor_fails_naming_the_measured_speed_ratio_and_the_floor()
    {
        var (status, output) = Check(("Python", 1e9), ("WorkersAll", 40e9));

        Assert.Equal(1, status);
        Assert.Contains("FAIL speed Audit.WorkersAll over Audit.Python: 0.025 (floor 0.05; the bar, not gated: 1)", output);
        Assert.Contains("end-to-end gate: FAIL (1 regression(s))", output);
    }

    [Fact]
    public void A_measurement_missing_from_the_file_fails()
    {
        var (status, output) = Check(("WorkersAll", 10e9));

        Assert.Equal(1, status);
        Assert.Contains("Audit.Python: no result", output);
    }

    [Fact]
    public void The_shipped_floors_sit_at_or_below_every_calibration_run_that_measured_them()
    {
        using var thresholds = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("benchmarks", "thresholds.json")));
        var runs = thresholds.RootElement.GetProperty("calibrationRuns").EnumerateArray().ToList();
        var floors = thresholds.RootElement.GetProperty("endToEnd").EnumerateArray().ToList();
        Assert.NotEmpty(floors);
        foreach (var floor in floors)
        {
            var name = floor.GetProperty("benchmark").GetString()!;
            var measured = runs.Where(r => r.GetProperty("worst").TryGetProperty(name, out _)).Select(r => r.GetProperty("worst").GetProperty(name).GetDouble()).ToList();
            Assert.True(measured.Count > 0, $"{name}: no calibration run measured it");
            Assert.True(floor.GetProperty("minSpeedRatio").GetDouble() <= measured.Min(), $"{name}: the floor is above a calibration run's {measured.Min()}");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Status, string Output) Check(params (string Method, double WallNs)[] measurements)
    {
        var file = Path.Combine(_folder, "audit.json");
        var benchmarks = measurements.Select(m => $$"""{ "Type": "Audit", "Method": "{{m.Method}}", "Parameters": "", "Statistics": { "Mean": {{m.WallNs.ToString(CultureInfo.InvariantCulture)}} } }""");
        File.WriteAllText(file, $$"""{ "Title": "audit", "Benchmarks": [ {{string.Join(",", benchmarks)}} ] }""");
        var thresholds = Path.Combine(_folder, "thresholds.json");
        File.WriteAllText(thresholds, Thresholds);
        using var output = new StringWriter();
        var status = EndToEndCheck.Run(file, thresholds, output);
        return (status, output.ToString());
    }
}
