using BenchmarkDotNet.Attributes;
using SpineTriage.Rules;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Benchmarks;

/// <summary>The 20-rule workload (24 top-level rules, 30-field input): the engine against the same rules hand-written in C#.</summary>
[MemoryDiagnoser]
public class TwentyRuleEvaluationBenchmarks
{
    private const int Inputs = 64;
    private readonly bool[] _met = new bool[TwentyRuleWorkload.RuleCount];
    private CompiledWorkflow _workflow = null!;
    private WorkloadCase[] _cases = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var random = new Random(42);
        _cases = Enumerable.Range(0, Inputs).Select(_ => WorkloadCase.Random(random, nullRate: 0)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public bool HandWritten()
    {
        TwentyRuleWorkload.Evaluate(_cases[_next++ & (Inputs - 1)], _met);
        return _met[0];
    }

    [Benchmark]
    public WorkflowResult Engine() => _workflow.Evaluate(_cases[_next++ & (Inputs - 1)]);

    [Benchmark]
    public int EngineReadingEveryOutcome()
    {
        var met = 0;
        foreach (var result in _workflow.Evaluate(_cases[_next++ & (Inputs - 1)]).Results)
        {
            met += result.IsSuccess ? 1 : 0;
        }

        return met;
    }
}

/// <summary>Reading, binding and compiling the 20-rule workload, against parsing its JSON alone.</summary>
[MemoryDiagnoser]
public class TwentyRuleLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public int ParseJsonOnly()
    {
        using var document = System.Text.Json.JsonDocument.Parse(TwentyRuleWorkload.Json);
        return document.RootElement.GetArrayLength();
    }

    [Benchmark]
    public RuleSet LoadAndCompile() => RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options());
}
