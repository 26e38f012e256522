using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using SpineTriage.Benchmarks.Peers;
using SpineTriage.Cases;
using SpineTriage.Rules;
using Workflow = SpineTriage.Rules.Workflow;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Benchmarks;

/// <summary>
/// The 20-rule workload (24 top-level rules, 30-field input, complete data) in Microsoft RulesEngine 6.0.1, beside our
/// engine in the same two-valued semantics and the hand-written C#. RulesEngine runs at its fastest: workflow compiled
/// once and cached, FastExpressionCompiler (and without it), its parameters built once per input.
/// </summary>
[MemoryDiagnoser]
public class TwentyRuleRulesEngineBenchmarks
{
    private const int Inputs = 64;
    private readonly bool[] _met = new bool[TwentyRuleWorkload.RuleCount];
    private readonly RuleOutcome[] _outcomes = new RuleOutcome[TwentyRuleWorkload.RuleCount];
    private Workflow _twoValued = null!;
    private RulesEnginePeer _rulesEngine = null!;
    private RulesEnginePeer _rulesEngineSystemCompiler = null!;
    private WorkloadCase[] _cases = null!;
    private RuleParameter[][] _parameters = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        var ruleSet = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options(twoValued: true));
        ruleSet.CompileNow();
        _twoValued = ruleSet.GetWorkflow(TwentyRuleWorkload.WorkflowName);
        _rulesEngine = new RulesEnginePeer([TwentyRuleWorkload.Json], RulesEnginePeer.FastestSettings(), flatten: true);
        _rulesEngineSystemCompiler = new RulesEnginePeer([TwentyRuleWorkload.Json], RulesEnginePeer.FastestSettings(fastExpressionCompiler: false), flatten: true);
        var random = new Random(42);
        _cases = [.. Enumerable.Range(0, Inputs).Select(_ => WorkloadCase.Random(random, nullRate: 0))];
        _parameters = [.. _cases.Select(c => new[] { RuleParameter.Create("patient", c) })];
        _rulesEngine.Execute(TwentyRuleWorkload.WorkflowName, _parameters[0]);
        _rulesEngineSystemCompiler.Execute(TwentyRuleWorkload.WorkflowName, _parameters[0]);
    }

    [Benchmark(Baseline = true)]
    public bool HandWritten()
    {
        TwentyRuleWorkload.Evaluate(_cases[_next++ & (Inputs - 1)], _met);
        return _met[0];
    }

    /// <summary>Our engine in RulesEngine's two-valued semantics, with a result per rule as RulesEngine returns.</summary>
    [Benchmark]
    public WorkflowResult EngineTwoValued() => _twoValued.Evaluate(_cases[_next++ & (Inputs - 1)]);

    /// <summary>Our engine's outcomes only, written into the caller's buffer (the hand-written code's own contract).</summary>
    [Benchmark]
    public RuleOutcome EngineTwoValuedOutcomesOnly()
    {
        _twoValued.EvaluateOutcomes(_outcomes, _cases[_next++ & (Inputs - 1)]);
        return _outcomes[0];
    }

    [Benchmark]
    public List<RuleResultTree> RulesEngine() => _rulesEngine.Execute(TwentyRuleWorkload.WorkflowName, _parameters[_next++ & (Inputs - 1)]);

    [Benchmark]
    public List<RuleResultTree> RulesEngineSystemCompiler() => _rulesEngineSystemCompiler.Execute(TwentyRuleWorkload.WorkflowName, _parameters[_next++ & (Inputs - 1)]);
}

/// <summary>
/// The default pack's three assessments (complete cases) in Microsoft RulesEngine 6.0.1, beside our engine and the
/// hand-written C#. RulesEngine evaluates the rules only (it has no verdict resolution), so its row is a lower bound of
/// what the assessments would cost there; our engine is shown both ways.
/// </summary>
[MemoryDiagnoser]
public class DefaultPackRulesEngineBenchmarks
{
    private const int Inputs = 256;
    private static readonly string[] Assessments = ["FusionAppropriateness", "BiologicRepair", "RevisionReadiness"];
    private readonly Oracle.K[] _fusionOutcomes = new Oracle.K[Oracle.DefaultPackOracle.FusionRules];
    private readonly Oracle.K[] _biologicOutcomes = new Oracle.K[Oracle.DefaultPackOracle.BiologicRules];
    private readonly Oracle.K[] _revisionOutcomes = new Oracle.K[Oracle.DefaultPackOracle.RevisionRules];
    private readonly RuleOutcome[] _outcomes = new RuleOutcome[64];
    private DefaultPackAssessment[] _assessments = null!;
    private Workflow[] _twoValued = null!;
    private RulesEnginePeer _rulesEngine = null!;
    private PatientCase[] _cases = null!;
    private object?[][] _arguments = null!;
    private RuleParameter[][] _parameters = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        var ruleSet = DefaultPack.Load();
        ruleSet.CompileNow();
        var assessments = DefaultPackAssessment.All(ruleSet);
        _assessments = [assessments["fusion"], assessments["biologic"], assessments["revision"]];
        var options = DefaultPack.Options();
        options.TwoValuedLogic = true;
        var twoValued = RuleSet.Load(DefaultPack.Sources(), options);
        twoValued.CompileNow();
        _twoValued = [.. Assessments.Select(twoValued.GetWorkflow)];
        _rulesEngine = new RulesEnginePeer(DefaultPack.Sources().Select(source => source.Json), RulesEnginePeer.FastestSettings(), flatten: true);
        _cases = DefaultPackCases.Create(Inputs, dropRate: 0, seed: 17);
        _arguments = [.. _cases.Select(DefaultPackCases.Arguments)];
        _parameters = [.. _cases.Select(RulesEnginePeer.Parameters)];
        foreach (var assessment in Assessments)
        {
            _rulesEngine.Execute(assessment, _parameters[0]);
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenAll()
    {
        var patientCase = _cases[_next++ & (Inputs - 1)];
        return Oracle.DefaultPackOracle.Fusion(patientCase, _fusionOutcomes).Length + Oracle.DefaultPackOracle.Biologic(patientCase, _biologicOutcomes).Length
            + Oracle.DefaultPackOracle.Revision(patientCase, _revisionOutcomes).Length;
    }

    /// <summary>Our engine as the triage layer runs it: three-valued, each assessment's rules and its verdict.</summary>
    [Benchmark]
    public int EngineAll()
    {
        var arguments = _arguments[_next++ & (Inputs - 1)];
        var verdicts = 0;
        foreach (var assessment in _assessments)
        {
            verdicts += assessment.Verdict(arguments).Length;
        }

        return verdicts;
    }

    /// <summary>Our engine doing what RulesEngine does: the three workflows' rules, two-valued, outcomes only.</summary>
    [Benchmark]
    public RuleOutcome EngineAllTwoValuedRulesOnly()
    {
        var arguments = _arguments[_next++ & (Inputs - 1)];
        foreach (var workflow in _twoValued)
        {
            workflow.EvaluateOutcomes(_outcomes, arguments);
        }

        return _outcomes[0];
    }

    /// <summary>RulesEngine: the three assessment workflows' rules (red flags injected), no verdict.</summary>
    [Benchmark]
    public int RulesEngineAllRulesOnly()
    {
        var parameters = _parameters[_next++ & (Inputs - 1)];
        var results = 0;
        foreach (var assessment in Assessments)
        {
            results += _rulesEngine.Execute(assessment, parameters).Count;
        }

        return results;
    }
}
