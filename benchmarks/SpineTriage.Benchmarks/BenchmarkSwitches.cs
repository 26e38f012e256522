namespace SpineTriage.Benchmarks;

/// <summary>Settings every benchmark applies in its setup.</summary>
internal static class BenchmarkSwitches
{
    /// <summary>
    /// When set to 1, evaluation runs rule by rule (the engine's pre-chunk design, about 4 times slower): the deliberate
    /// slowdown that proves the CI gate fails. BenchmarkDotNet's child processes inherit the variable.
    /// </summary>
    public const string RuleByRuleVariable = "SPINETRIAGE_BENCH_RULE_BY_RULE";

    /// <summary>The engine's AppContext switch for rule-by-rule evaluation (a test keeps it equal to the engine's own name).</summary>
    public const string RuleByRuleSwitch = "SpineTriage.Rules.RuleByRuleEvaluation";

    public static void Apply()
    {
        if (Environment.GetEnvironmentVariable(RuleByRuleVariable) == "1")
        {
            AppContext.SetSwitch(RuleByRuleSwitch, true);
        }
    }

    /// <summary>The default pack's triage engine brought to its steady state (every workflow compiled), so that a benchmark measures that, not the warm-up tier.</summary>
    public static TriageEngine CompiledTriageEngine() => TriageEngine.Create(new TriageOptions { CompileRulesOnLoad = true });
}
