using System.Globalization;
using System.Text.Json;

namespace SpineTriage.Benchmarks.Gate;

/// <summary>One measured benchmark from BenchmarkDotNet's JSON export: mean time (ns) and bytes allocated per operation.</summary>
internal sealed record MeasuredBenchmark(string Type, string Method, string Parameters, double MeanNs, long? AllocatedBytes)
{
    /// <summary>Gets the name thresholds use: <c>Type.Method</c>, with <c>(Parameters)</c> when there are any.</summary>
    public string Name => Parameters.Length == 0 ? $"{Type}.{Method}" : $"{Type}.{Method}({Parameters})";
}

/// <summary>Reads every <c>*-report-full.json</c> (or <c>*.json</c>) BenchmarkDotNet wrote into a folder, or one file.</summary>
internal static class BenchmarkResults
{
    public static List<MeasuredBenchmark> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*-report-full*.json", SearchOption.AllDirectories)
            : [path];
        var results = new List<MeasuredBenchmark>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object)
                {
                    continue; // it failed to run; the check reports it as missing
                }

                long? allocated = benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                    ? memory.GetProperty("BytesAllocatedPerOperation").GetInt64()
                    : null;
                results.Add(new MeasuredBenchmark(
                    benchmark.GetProperty("Type").GetString()!,
                    benchmark.GetProperty("Method").GetString()!,
                    benchmark.TryGetProperty("Parameters", out var parameters) ? parameters.GetString() ?? string.Empty : string.Empty,
                    statistics.GetProperty("Mean").GetDouble(),
                    allocated));
            }
        }

        return results;
    }

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
