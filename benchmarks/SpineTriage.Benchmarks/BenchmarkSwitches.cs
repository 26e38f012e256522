using SpineTriage.Rules;
using SpineTriage.Rules.Evaluation;

namespace SpineTriage.Benchmarks;

/// <summary>Settings every benchmark applies in its setup.</summary>
internal static class BenchmarkSwitches
{
    /// <summary>
    /// When set to 1, evaluation runs rule by rule (the engine's pre-chunk design, about 4 times slower): the deliberate
    /// slowdown that proves the CI gate fails. BenchmarkDotNet's child processes inherit the variable.
    /// </summary>
    public const string RuleByRuleVariable = "SPINETRIAGE_BENCH_RULE_BY_RULE";

    public static void Apply()
    {
        if (Environment.GetEnvironmentVariable(RuleByRuleVariable) == "1")
        {
            AppContext.SetSwitch(EvaluationPlan.RuleByRuleSwitch, true);
        }
    }

    /// <summary>Brings every workflow to its steady state (JIT-compiled chunks) so that a benchmark measures that, not the warm-up tier.</summary>
    public static void CompileNow(RuleSet ruleSet)
    {
        foreach (var workflow in ruleSet.Workflows)
        {
            workflow.Plan.CompileNow();
        }
    }

    /// <summary>The background tier-up's work, done now: the code for present inputs (the code for a missing input is compiled when first needed).</summary>
    public static void TierUpNow(RuleSet ruleSet)
    {
        foreach (var workflow in ruleSet.Workflows)
        {
            workflow.Plan.TierUpNow();
        }
    }
}
