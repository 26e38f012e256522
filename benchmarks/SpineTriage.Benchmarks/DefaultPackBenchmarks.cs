using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SpineTriage.Assessments;
using SpineTriage.Assessments.Exact;
using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage.Benchmarks;

/// <summary>
/// The default pack's three assessments with complete cases: the engine (workflow evaluation and verdict resolution)
/// against the hand-written C# of the same rules and resolution (the physical limit), per assessment and together,
/// and the full triage report.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DefaultPackEvaluationBenchmarks
{
    private const int Inputs = 256;
    private readonly Oracle.K[] _fusionOutcomes = new Oracle.K[Oracle.DefaultPackOracle.FusionRules];
    private readonly Oracle.K[] _biologicOutcomes = new Oracle.K[Oracle.DefaultPackOracle.BiologicRules];
    private readonly Oracle.K[] _revisionOutcomes = new Oracle.K[Oracle.DefaultPackOracle.RevisionRules];
    private TriageEngine _engine = null!;
    private AssessmentDefinition _fusion = null!;
    private AssessmentDefinition _biologic = null!;
    private AssessmentDefinition _revision = null!;
    private AssessmentDefinition[] _all = null!;
    private PatientCase[] _cases = null!;
    private object?[][] _arguments = null!;
    private int _next;

    /// <summary>Gets the share of fields removed from each case: 0 is complete data, above 0 exercises Unknown and Incomplete.</summary>
    protected virtual double DropRate => 0;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        _engine = TriageEngine.Create();
        BenchmarkSwitches.CompileNow(_engine.RuleSet);
        var assessments = _engine.Assessments;
        _fusion = assessments.Single(a => a.Assessment == "fusion");
        _biologic = assessments.Single(a => a.Assessment == "biologic");
        _revision = assessments.Single(a => a.Assessment == "revision");
        _all = [_fusion, _biologic, _revision];
        _cases = DefaultPackCases.Create(Inputs, DropRate, seed: 17);
        _arguments = [.. _cases.Select(DefaultPackCases.Arguments)];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("fusion")]
    public string HandWrittenFusion() => Oracle.DefaultPackOracle.Fusion(_cases[_next++ & (Inputs - 1)], _fusionOutcomes);

    [Benchmark, BenchmarkCategory("fusion")]
    public string EngineFusion() => DefaultPackCases.Verdict(_fusion, _arguments[_next++ & (Inputs - 1)]);

    [Benchmark(Baseline = true), BenchmarkCategory("biologic")]
    public string HandWrittenBiologic() => Oracle.DefaultPackOracle.Biologic(_cases[_next++ & (Inputs - 1)], _biologicOutcomes);

    [Benchmark, BenchmarkCategory("biologic")]
    public string EngineBiologic() => DefaultPackCases.Verdict(_biologic, _arguments[_next++ & (Inputs - 1)]);

    [Benchmark(Baseline = true), BenchmarkCategory("revision")]
    public string HandWrittenRevision() => Oracle.DefaultPackOracle.Revision(_cases[_next++ & (Inputs - 1)], _revisionOutcomes);

    [Benchmark, BenchmarkCategory("revision")]
    public string EngineRevision() => DefaultPackCases.Verdict(_revision, _arguments[_next++ & (Inputs - 1)]);

    [Benchmark(Baseline = true), BenchmarkCategory("all")]
    public int HandWrittenAll()
    {
        var patientCase = _cases[_next++ & (Inputs - 1)];
        return Oracle.DefaultPackOracle.Fusion(patientCase, _fusionOutcomes).Length + Oracle.DefaultPackOracle.Biologic(patientCase, _biologicOutcomes).Length
            + Oracle.DefaultPackOracle.Revision(patientCase, _revisionOutcomes).Length;
    }

    [Benchmark, BenchmarkCategory("all")]
    public int EngineAll()
    {
        var arguments = _arguments[_next++ & (Inputs - 1)];
        return DefaultPackCases.Verdict(_fusion, arguments).Length + DefaultPackCases.Verdict(_biologic, arguments).Length + DefaultPackCases.Verdict(_revision, arguments).Length;
    }

    /// <summary>
    /// The verdicts only, with exact reasoning about missing data: the three workflows, then each assessment's possible
    /// verdicts and deciding inputs (residuals and the search over their completions; no reasons, no text).
    /// </summary>
    [Benchmark, BenchmarkCategory("all")]
    public int EnginePossibleVerdicts()
    {
        var arguments = _arguments[_next++ & (Inputs - 1)];
        var possible = 0;
        foreach (var assessment in _all)
        {
            possible += ExactVerdicts.Resolve(assessment, assessment.Workflow.EvaluateOwned(arguments), CaseDomains.Instance, withConditions: false).Possible.Count;
        }

        return possible;
    }

    /// <summary>
    /// The verdicts-only API a host scoring many cases uses (<see cref="ITriageEngine.EvaluateVerdicts"/>): validation,
    /// the three workflows, exact reasoning (possible verdicts, deciding inputs), missing inputs and red flags; no
    /// reasons and no text. DESIGN §7's bar: 5 µs per case complete, 20 µs with missing data.
    /// </summary>
    [Benchmark, BenchmarkCategory("all")]
    public TriageVerdicts EngineVerdictsOnly() => _engine.EvaluateVerdicts(_cases[_next++ & (Inputs - 1)]);

    /// <summary>The whole report a host gets: validation, three assessments, reasons, missing inputs, next steps.</summary>
    [Benchmark, BenchmarkCategory("all")]
    public TriageReport TriageReport() => _engine.Evaluate(_cases[_next++ & (Inputs - 1)]);
}

/// <summary>The same with 20 % of the case fields removed: Unknown rules, Incomplete verdicts and their missing inputs.</summary>
public class DefaultPackMissingDataBenchmarks : DefaultPackEvaluationBenchmarks
{
    /// <inheritdoc/>
    protected override double DropRate => 0.2;
}

/// <summary>Rendering one finished report, separately from evaluation: JSON and CDS Hooks cards.</summary>
[MemoryDiagnoser]
public class ReportRenderingBenchmarks
{
    private TriageReport _report = null!;

    [GlobalSetup]
    public void Setup() => _report = TriageEngine.Create().Evaluate(DefaultPackCases.Create(1, 0, seed: 5)[0]);

    [Benchmark(Baseline = true)]
    public string Json() => ReportJsonRenderer.Render(_report);

    [Benchmark]
    public string CdsHooks() => CdsHooksCardRenderer.Render(_report);
}
