using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage.Benchmarks;

/// <summary>
/// The default pack's three assessments with complete cases: the engine (workflow evaluation, loaded through its public
/// API as the triage layer loads it, and the rule-by-rule verdict resolution) against the hand-written C# of the same
/// rules and resolution (the physical limit), per assessment and together; and the triage layer's public evaluations,
/// verdicts only (with exact reasoning) and the full report.
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
    private DefaultPackAssessment _fusion = null!;
    private DefaultPackAssessment _biologic = null!;
    private DefaultPackAssessment _revision = null!;
    private PatientCase[] _cases = null!;
    private object?[][] _arguments = null!;
    private int _next;

    /// <summary>Gets the share of fields removed from each case: 0 is complete data, above 0 exercises Unknown and Incomplete.</summary>
    protected virtual double DropRate => 0;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        _engine = BenchmarkSwitches.CompiledTriageEngine();
        var ruleSet = DefaultPack.Load();
        ruleSet.CompileNow();
        var assessments = DefaultPackAssessment.All(ruleSet);
        _fusion = assessments["fusion"];
        _biologic = assessments["biologic"];
        _revision = assessments["revision"];
        _cases = DefaultPackCases.Create(Inputs, DropRate, seed: 17);
        _arguments = [.. _cases.Select(DefaultPackCases.Arguments)];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("fusion")]
    public string HandWrittenFusion() => Oracle.DefaultPackOracle.Fusion(_cases[_next++ & (Inputs - 1)], _fusionOutcomes);

    [Benchmark, BenchmarkCategory("fusion")]
    public string EngineFusion() => _fusion.Verdict(_arguments[_next++ & (Inputs - 1)]);

    [Benchmark(Baseline = true), BenchmarkCategory("biologic")]
    public string HandWrittenBiologic() => Oracle.DefaultPackOracle.Biologic(_cases[_next++ & (Inputs - 1)], _biologicOutcomes);

    [Benchmark, BenchmarkCategory("biologic")]
    public string EngineBiologic() => _biologic.Verdict(_arguments[_next++ & (Inputs - 1)]);

    [Benchmark(Baseline = true), BenchmarkCategory("revision")]
    public string HandWrittenRevision() => Oracle.DefaultPackOracle.Revision(_cases[_next++ & (Inputs - 1)], _revisionOutcomes);

    [Benchmark, BenchmarkCategory("revision")]
    public string EngineRevision() => _revision.Verdict(_arguments[_next++ & (Inputs - 1)]);

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
        return _fusion.Verdict(arguments).Length + _biologic.Verdict(arguments).Length + _revision.Verdict(arguments).Length;
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
