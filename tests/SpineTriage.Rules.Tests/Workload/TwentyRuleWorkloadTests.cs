namespace SpineTriage.Rules.Tests.Workload;

public sealed class TwentyRuleWorkloadTests
{
    private const int Cases = 10_000;

    [Fact]
    public void Workload_has_at_least_twenty_rules_over_thirty_fields()
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);

        Assert.Equal(TwentyRuleWorkload.RuleCount, workflow.Rules.Count);
        Assert.Equal(30, typeof(WorkloadCase).GetProperties().Length);
    }

    [Fact]
    public void Complete_inputs_evaluate_as_the_hand_written_oracle()
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var random = new Random(20_240_601);
        var expected = new bool[TwentyRuleWorkload.RuleCount];
        for (var n = 0; n < Cases; n++)
        {
            var input = WorkloadCase.Random(random, nullRate: 0);
            TwentyRuleWorkload.Evaluate(input, expected);
            var results = workflow.Evaluate(input).Results;
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(results[i].Outcome == (expected[i] ? RuleOutcome.Met : RuleOutcome.NotMet), $"case {n}, rule {results[i].Rule.Name}: {results[i].Outcome}, oracle {expected[i]}");
            }
        }
    }

    [Fact]
    public void Two_valued_mode_with_missing_data_evaluates_as_the_oracle()
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options(twoValued: true)).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var random = new Random(7);
        var expected = new bool[TwentyRuleWorkload.RuleCount];
        for (var n = 0; n < Cases; n++)
        {
            var input = WorkloadCase.Random(random, nullRate: 0.25);
            TwentyRuleWorkload.Evaluate(input, expected);
            var results = workflow.Evaluate(input).Results;
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.True(results[i].IsSuccess == expected[i] && results[i].Outcome != RuleOutcome.Unknown, $"case {n}, rule {results[i].Rule.Name}: {results[i].Outcome}, oracle {expected[i]}");
            }
        }
    }

    // Kleene logic only decides when every completion of the missing data agrees, so a decided outcome
    // must equal the oracle's, whose missing comparisons are one such completion (all false).
    [Fact]
    public void Three_valued_outcomes_that_are_decided_agree_with_the_oracle_and_unknown_ones_name_missing_inputs()
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var random = new Random(11);
        var expected = new bool[TwentyRuleWorkload.RuleCount];
        var unknown = 0;
        for (var n = 0; n < 2_000; n++)
        {
            var input = WorkloadCase.Random(random, nullRate: 0.25);
            TwentyRuleWorkload.Evaluate(input, expected);
            var results = workflow.Evaluate(input).Results;
            for (var i = 0; i < expected.Length; i++)
            {
                if (results[i].Outcome == RuleOutcome.Unknown)
                {
                    unknown++;
                    Assert.NotEmpty(results[i].MissingInputs);
                }
                else
                {
                    Assert.True(results[i].IsSuccess == expected[i], $"case {n}, rule {results[i].Rule.Name}: {results[i].Outcome}, oracle {expected[i]}");
                }
            }
        }

        Assert.True(unknown > 0);
    }
}
