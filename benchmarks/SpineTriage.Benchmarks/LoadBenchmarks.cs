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
        BenchmarkSwitches.CompileNow(ruleSet);
        return ruleSet;
    }
}

/// <summary>Loading N generated rules (usable at once, interpreted tier): per-rule time must stay flat as N grows.</summary>
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
        BenchmarkSwitches.TierUpNow(ruleSet);
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
