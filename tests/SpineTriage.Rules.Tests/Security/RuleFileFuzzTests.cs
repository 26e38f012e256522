using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Tests.Expressions;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Security;

// Thousands of damaged rule files (more with SPINETRIAGE_FUZZ_ITERATIONS): the process survives and every error is located.
public sealed class RuleFileFuzzTests
{
    private static readonly string[] Bases = [TwentyRuleWorkload.Json, Workflows.WorkflowFuzzTests.Featured];

    /// <summary>
    /// The number of cases per property: a third of <paramref name="deep"/> in the plain test run, <paramref name="deep"/>
    /// (1,500 or 2,000) under SPINETRIAGE_DEEP=1, or SPINETRIAGE_FUZZ_ITERATIONS for a longer run.
    /// </summary>
    internal static int Iterations(int deep) => TestDepth.Count(quick: deep / 3, deep, "SPINETRIAGE_FUZZ_ITERATIONS");

    [Fact]
    public void Damaged_tokens_and_characters_fail_only_with_located_diagnostics()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return RuleFileMutator.Damage(Bases[random.Next(Bases.Length)], random);
        });

        Prop.ForAll(damaged.ToArbitrary(), json =>
        {
            var result = RuleSet.TryLoad([new RuleSource("fuzz.json", json)], TwentyRuleWorkload.Options());
            AssertLocated(result);
            if (result.Succeeded)
            {
                EvaluateEverything(result.RuleSet, json.Length);
            }
        }).Check(PropertyConfig.Exactly(Iterations(1_500), 20_260_101UL));
    }

    [Fact]
    public void Flipped_bytes_through_a_stream_fail_only_with_a_rule_load_exception()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return RuleFileMutator.FlipBytes(Bases[random.Next(Bases.Length)], random);
        });

        Prop.ForAll(damaged.ToArbitrary(), bytes =>
        {
            try
            {
                EvaluateEverything(RuleSet.LoadStream(new MemoryStream(bytes), TwentyRuleWorkload.Options(), "fuzz.json"), bytes.Length);
            }
            catch (RuleLoadException exception)
            {
                Assert.NotEmpty(exception.Diagnostics);
                Assert.All(exception.Diagnostics, d => Assert.True(d.File == "fuzz.json" && d.Line > 0 && d.Column > 0 && d.JsonPath is not null, d.ToString()));
            }
        }).Check(PropertyConfig.Exactly(Iterations(2_000), 20_260_102UL));
    }

    private static void AssertLocated(RuleSetLoadResult result)
    {
        Assert.All(result.Diagnostics, d => Assert.True(d.File == "fuzz.json" && d.Line > 0 && d.Column > 0 && d.JsonPath is not null && d.Message.Length > 10, d.ToString()));
        Assert.Equal(result.Succeeded, !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static void EvaluateEverything(RuleSet? ruleSet, int seed)
    {
        foreach (var workflow in ruleSet!.Workflows)
        {
            foreach (var rule in workflow.Evaluate(WorkloadCase.Random(new Random(seed), 0.3)).Results)
            {
                _ = (rule.MissingInputs, rule.ErrorMessage, rule.ActionResult, rule.ChildResults, rule.Explain());
            }
        }
    }
}
