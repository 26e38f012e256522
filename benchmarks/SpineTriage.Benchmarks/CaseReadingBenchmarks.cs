using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SpineTriage.Cases;

namespace SpineTriage.Benchmarks;

/// <summary>
/// Reading one case from its JSON text (compact, as a cohort line holds it; 256 random complete cases, cycled): the strict read
/// (<see cref="PatientCaseJson.Read(string, string?)"/>: every check, every problem located) against System.Text.Json's
/// source-generated deserializer of the same text, which checks nothing beyond the syntax and the property names (DESIGN §7: at most 2×).
/// </summary>
[MemoryDiagnoser]
public class CaseReadingBenchmarks
{
    private const int Cases = 256;

    private string[] _texts = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. DefaultPackCases.Create(Cases, dropRate: 0, seed: 31).Select(c => PatientCaseJson.Write(c, indented: false))];
        if (_texts.Any(t => !PatientCaseJson.Read(t).Succeeded))
        {
            throw new InvalidOperationException("A generated case does not read back.");
        }
    }

    [Benchmark(Baseline = true)]
    public PatientCase? SourceGeneratedDeserialize() => JsonSerializer.Deserialize(Next(), BenchmarkCaseJsonContext.Default.PatientCase);

    [Benchmark]
    public PatientCase? StrictRead() => PatientCaseJson.Read(Next()).Case;

    private string Next() => _texts[_next++ & (Cases - 1)];
}
