using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Tests.Expressions;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Security;

// Thousands of damaged rule files (more with SPINETRIAGE_FUZZ_ITERATIONS): the process survives and every error is located.
public sealed class RuleFileFuzzTests
{
    private static readonly string[] Bases = [TwentyRuleWorkload.Json, Workflows.WorkflowFuzzTests.Featured];

    // Cases per property: a third in the plain test run, all under SPINETRIAGE_DEEP=1, SPINETRIAGE_FUZZ_ITERATIONS for a longer run.
    [ReplayableProperty(quick: 500, deep: 1_500, CountVariable = ReplayablePropertyAttribute.FuzzCountVariable)]
    public Property Damaged_tokens_and_characters_fail_only_with_located_diagnostics()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return RuleFileMutator.Damage(Bases[random.Next(Bases.Length)], random);
        });

        return Prop.ForAll(damaged.ToArbitrary(), json =>
        {
            var result = RuleSet.TryLoad([new RuleSource("fuzz.json", json)], TwentyRuleWorkload.Options());
            AssertLocated(result);
            if (result.Succeeded)
            {
                EvaluateEverything(result.RuleSet, json.Length);
            }
        });
    }

    [ReplayableProperty(quick: 666, deep: 2_000, CountVariable = ReplayablePropertyAttribute.FuzzCountVariable)]
    public Property Flipped_bytes_through_a_stream_fail_only_with_a_rule_load_exception()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            return RuleFileMutator.FlipBytes(Bases[random.Next(Bases.Length)], random);
        });

        return Prop.ForAll(damaged.ToArbitrary(), bytes =>
        {
            try
            {
                EvaluateEverything(RuleSet.LoadStream(new MemoryStream(bytes), TwentyRuleWorkload.Options(), "fuzz.json"), bytes.Length);
            }
            catch (RuleLoadException exception)
            {
                Assert.NotEmpty(exception.Problems);
                Assert.All(exception.Problems, d => Assert.True(d.File == "fuzz.json" && d.Line > 0 && d.Column > 0 && d.JsonPath is not null, d.ToString()));
            }
        });
    }

    private static void AssertLocated(RuleSetLoadResult result)
    {
        Assert.All(result.Problems, d => Assert.True(d.File == "fuzz.json" && d.Line > 0 && d.Column > 0 && d.JsonPath is not null && d.Message.Length > 10, d.ToString()));
        Assert.Equal(result.Succeeded, !result.Problems.Any(d => d.Severity == DiagnosticSeverity.Error));
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
