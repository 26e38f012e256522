using BenchmarkDotNet.Attributes;
using SpineTriage.Rules;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Benchmarks;

/// <summary>The 20-rule workload (24 top-level rules, 30-field input) with complete data: the engine against the same rules hand-written in C#.</summary>
[MemoryDiagnoser]
public class TwentyRuleEvaluationBenchmarks
{
    private const int Inputs = 64;
    private readonly bool[] _met = new bool[TwentyRuleWorkload.RuleCount];
    private readonly RuleOutcome[] _outcomes = new RuleOutcome[TwentyRuleWorkload.RuleCount];
    private Workflow _workflow = null!;
    private Workflow _twoValued = null!;
    private WorkloadCase[] _cases = null!;
    private int _next;

    /// <summary>Gets or sets the share of nullable fields left null: 0 is complete data, above 0 exercises the Unknown path.</summary>
    protected virtual double NullRate => 0;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        var ruleSet = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options());
        ruleSet.CompileNow();
        _workflow = ruleSet.GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var twoValued = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options(twoValued: true));
        twoValued.CompileNow();
        _twoValued = twoValued.GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var random = new Random(42);
        _cases = Enumerable.Range(0, Inputs).Select(_ => WorkloadCase.Random(random, NullRate)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public bool HandWritten()
    {
        TwentyRuleWorkload.Evaluate(_cases[_next++ & (Inputs - 1)], _met);
        return _met[0];
    }

    /// <summary>The engine's default, three-valued (Kleene) evaluation: it does more than the oracle, which reads a comparison with null as false.</summary>
    [Benchmark]
    public WorkflowResult Engine() => _workflow.Evaluate(_cases[_next++ & (Inputs - 1)]);

    /// <summary>RulesEngine's two-valued mode (<see cref="RuleSetOptions.TwoValuedLogic"/>): exactly the oracle's semantics.</summary>
    [Benchmark]
    public WorkflowResult EngineTwoValued() => _twoValued.Evaluate(_cases[_next++ & (Inputs - 1)]);

    /// <summary>
    /// <see cref="Workflow.EvaluateOutcomes"/>: the outcomes written into the caller's buffer, allocating
    /// nothing, which is the oracle's own contract (a <c>bool</c> per rule in an array it is given).
    /// </summary>
    [Benchmark]
    public RuleOutcome EngineOutcomesOnly()
    {
        _workflow.EvaluateOutcomes(_outcomes, _cases[_next++ & (Inputs - 1)]);
        return _outcomes[0];
    }

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

    /// <summary>Reads the missing inputs of every Unknown rule (the slow, explaining path; nothing to do with complete data).</summary>
    [Benchmark]
    public int EngineWithMissingInputs()
    {
        var missing = 0;
        foreach (var result in _workflow.Evaluate(_cases[_next++ & (Inputs - 1)]).Results)
        {
            missing += result.MissingInputs.Count;
        }

        return missing;
    }
}

/// <summary>The same with 30 % of the nullable fields missing: three-valued evaluation, Unknown outcomes and their MissingInputs (the oracle reads missing as false).</summary>
public class TwentyRuleMissingDataBenchmarks : TwentyRuleEvaluationBenchmarks
{
    /// <inheritdoc/>
    protected override double NullRate => 0.3;
}

/// <summary>Reading, binding and compiling the 20-rule workload, against parsing its JSON alone.</summary>
[MemoryDiagnoser]
public class TwentyRuleLoadBenchmarks
{
    [GlobalSetup]
    public void Setup() => BenchmarkSwitches.Apply();

    [Benchmark(Baseline = true)]
    public int ParseJsonOnly()
    {
        using var document = System.Text.Json.JsonDocument.Parse(TwentyRuleWorkload.Json);
        return document.RootElement.GetArrayLength();
    }

    [Benchmark]
    public RuleSet LoadAndCompile() => RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options());
}
