using System.Text;
using BenchmarkDotNet.Attributes;
using SpineTriage.Rules;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Benchmarks;

/// <summary>The default pack (4 workflows, 75 rules) loaded warm: usable at once (interpreted tier), and brought to the JIT-compiled tier.</summary>
[MemoryDiagnoser]
public class DefaultPackLoadBenchmarks
{
    private RuleSource[] _sources = null!;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        _sources = DefaultPack.Sources();
    }

    [Benchmark(Baseline = true)]
    public RuleSet Load() => RuleSet.Load(_sources, DefaultPack.Options());

    [Benchmark]
    public RuleSet LoadAndJitCompile()
    {
        var ruleSet = RuleSet.Load(_sources, DefaultPack.Options());
        ruleSet.CompileNow();
        return ruleSet;
    }
}

/// <summary>
/// Loading N generated rules (usable at once, interpreted tier) under the host's default GC (workstation, background
/// collection on): per-rule time as N grows. With background collection on, the runtime caps the youngest generation at
/// 6 MB, so what a load keeps is copied from generation to generation while it runs, and that copying was most of the
/// extra per-rule time at 10,000 (<see cref="CompileScalingBlockingGcBenchmarks"/> measures the same load without
/// background collection). A 10,000-rule load keeps about 1.6 MB (161 B a rule: the rule and its name, 96 B and a
/// string) and allocates 15 MB; before the load-footprint commits of 2026-12-06 it kept 5.6 MB (557 B a rule) and
/// allocated 19 MB. Most of that cut is sharing: a load binds equal conditions and sub-conditions over shared operands
/// to one node each, and these rules repeat six shapes with few thresholds, so a rule set of distinct conditions keeps
/// more (the bound tree, about 250 B a rule here without sharing). One short-job run on 2026-12-06 (AMD EPYC, load
/// average 15): 62.5 ms at 10,000 rules and 636 us at 100 (median 430 us), per rule 0.98x (medians 1.48x).
/// </summary>
[MemoryDiagnoser]
public class CompileScalingBenchmarks
{
    private string _json = null!;

    [Params(1, 100, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        _json = GeneratedRules.Json(Rules);
    }

    [Benchmark]
    public RuleSet Load() => RuleSet.LoadJson(_json, TwentyRuleWorkload.Options());
}

/// <summary>
/// <see cref="CompileScalingBenchmarks"/> under workstation GC without background collection (what a host gets with
/// <c>&lt;ConcurrentGarbageCollection&gt;false&lt;/ConcurrentGarbageCollection&gt;</c>), whose youngest generation is sized from
/// the processor's cache instead of capped at 6 MB: closer to the engine's own scaling in loading (DESIGN §7 asks for
/// linear), with the full collections that the load's live data still triggers.
/// </summary>
[BlockingGc]
public class CompileScalingBlockingGcBenchmarks : CompileScalingBenchmarks;

/// <summary>Loading N generated rules and the tier-up's JIT compile of them (the second tier, done in the background after 30 evaluations).</summary>
[MemoryDiagnoser]
public class JitScalingBenchmarks
{
    private string _json = null!;

    [Params(10, 1_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSwitches.Apply();
        _json = GeneratedRules.Json(Rules);
    }

    [Benchmark]
    public RuleSet LoadAndJitCompile()
    {
        var ruleSet = RuleSet.LoadJson(_json, TwentyRuleWorkload.Options());
        ruleSet.CompileNow(forMissingInputs: false);
        return ruleSet;
    }
}

/// <summary>A workflow of N rules over <see cref="WorkloadCase"/>, cycling through typical shapes with varying thresholds.</summary>
internal static class GeneratedRules
{
    private static readonly string[] Shapes =
    [
        "patient.Age > {0}",
        "patient.Levels.Any(l => l.TranslationMm > {1}.5)",
        "patient.Bmi >= {2} && patient.Smoker",
        "patient.MotorDeficit in (\\\"stable\\\", \\\"progressive\\\") || patient.PtWeeks >= {1}",
        "NOT patient.Smoker OR patient.NicotineFreeWeeks >= {1} OR patient.CotinineNgMl <= {2}",
        "patient.Levels.Count(l => l.PfirrmannGrade >= {3}) >= 2 AND patient.DurationWeeks < {2}",
    ];

    public static string Json(int rules)
    {
        var json = new StringBuilder("""[{"WorkflowName":"Generated","Rules":[""");
        for (var i = 0; i < rules; i++)
        {
            var expression = string.Format(System.Globalization.CultureInfo.InvariantCulture, Shapes[i % Shapes.Length], i % 90, i % 7, 20 + (i % 25), 1 + (i % 5));
            json.Append(i == 0 ? "" : ",").Append($$"""{"RuleName":"R{{i}}","Expression":"{{expression}}"}""");
        }

        return json.Append("]}]").ToString();
    }
}
