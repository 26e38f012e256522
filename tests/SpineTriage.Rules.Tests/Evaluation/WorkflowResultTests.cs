namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class WorkflowResultTests
{
    private const string Rules = """
        {"RuleName":"Nested","Operator":"And","Rules":[{"RuleName":"Old","Expression":"subject.Age > 65"},{"RuleName":"High","Expression":"subject.Score > 3"}]},
        {"RuleName":"Young","Expression":"subject.Age < 18"},
        {"RuleName":"Scored","Expression":"subject.Score > 3"}
        """;

    [Fact]
    public void OutcomeOf_reads_each_top_level_rule_as_Results_does_also_after_a_nested_rule()
    {
        var result = TestRules.Load(Rules).Evaluate(new TestSubject { Age = 70 });

        Assert.Equal([RuleOutcome.Unknown, RuleOutcome.NotMet, RuleOutcome.Unknown], [result.OutcomeOf(0), result.OutcomeOf(1), result.OutcomeOf(2)]);
        Assert.Equal(result.Results.Select(r => r.Outcome), [result.OutcomeOf(0), result.OutcomeOf(1), result.OutcomeOf(2)]);
    }

    [Fact]
    public void ResultOf_creates_the_same_result_object_as_Results_with_its_details()
    {
        var result = TestRules.Load(Rules).Evaluate(new TestSubject { Age = 70 });

        var scored = result.ResultOf(2);

        Assert.Equal("Scored", scored.Rule.Name);
        Assert.Equal(["subject.Score"], scored.MissingInputs);
        Assert.Same(scored, result.Results[2]);
    }

    [Fact]
    public void An_unknown_rule_has_a_residual_over_the_missing_data_and_a_decided_rule_has_none()
    {
        var result = TestRules.Load(Rules).Evaluate(new TestSubject { Age = 70 });

        Assert.Equal("subject.Score > 3.0", result.ResultOf(2).Residual!.ToString());
        Assert.Equal("subject.Score > 3.0", result.ResultOf(0).Residual!.ToString()); // And of Met (Old) and Unknown (High)
        Assert.Equal(["subject.Score"], result.ResultOf(0).Residual!.MissingInputs);
        Assert.Null(result.ResultOf(1).Residual);
    }

    [Fact]
    public void An_unknown_rule_that_failed_at_run_time_has_an_unavailable_residual()
    {
        var result = TestRules.Load("""{"RuleName":"Broken","Expression":"subject.Faulty > subject.Score"}""").Evaluate(new TestSubject());

        var residual = result.ResultOf(0).Residual!;
        Assert.Equal(RuleOutcome.Unknown, residual.Outcome);
        Assert.Contains("sensor offline", residual.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caller_may_reuse_its_inputs_array_at_once_details_still_read_the_inputs_evaluated()
    {
        var workflow = TestRules.Load(Rules);
        var inputs = new object?[] { new TestSubject { Age = 70 } };

        var result = workflow.Evaluate(inputs);
        inputs[0] = new TestSubject { Age = 70, Score = 9 };

        Assert.Equal(["subject.Score"], result.ResultOf(2).MissingInputs);
        Assert.Equal(RuleOutcome.Unknown, result.ResultOf(2).Explain().Outcome);
    }

    [Fact]
    public void Results_of_successive_single_input_evaluations_each_keep_their_own_input()
    {
        var workflow = TestRules.Load(Rules);

        var first = workflow.Evaluate(new TestSubject { Age = 70 });
        var second = workflow.Evaluate(new TestSubject { Age = 70, Score = 9 });

        Assert.Equal(["subject.Score"], first.ResultOf(2).MissingInputs);
        Assert.Empty(second.ResultOf(2).MissingInputs);
        Assert.Equal(RuleOutcome.Met, second.OutcomeOf(2));
    }

    [Fact]
    public void An_input_whose_getter_evaluates_the_workflow_again_does_not_disturb_the_outer_evaluation()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("subject", typeof(ReentrantSubject)));
        // Left in the first tier, which reads the input again for each rule: after the inner evaluation, "Old" must
        // still see the outer input.
        var workflow = RuleSet.LoadJson(TestRules.Workflow("""{"RuleName":"Scored","Expression":"subject.Score > 3"},{"RuleName":"Old","Expression":"subject.Age > 65"}"""), options).GetWorkflow("W");
        var inner = new ReentrantSubject(null) { Age = 10, Score = 1 };
        var outer = new ReentrantSubject(() => workflow.Evaluate(inner)) { Age = 70, Score = 5 };

        var result = workflow.Evaluate(outer);

        Assert.False(workflow.Plan.IsCompiled);
        Assert.Equal([RuleOutcome.Met, RuleOutcome.Met], [result.OutcomeOf(0), result.OutcomeOf(1)]);
        Assert.True(outer.InnerEvaluations > 0);
        Assert.Empty(result.ResultOf(0).MissingInputs);
    }

    [Fact]
    public void With_several_inputs_the_result_keeps_its_own_copy_of_them()
    {
        var options = TestRules.Options(o => o.Inputs.Add(new RuleInput("other", typeof(TestSubject))));
        var workflow = TestRules.Load("""{"RuleName":"Both","Expression":"subject.Score > 3 && other.Score > 3"}""", options);
        var inputs = new object?[] { new TestSubject(), new TestSubject { Score = 5 } };

        var result = workflow.Evaluate(inputs);
        inputs[0] = new TestSubject { Score = 5 };
        inputs[1] = null;

        Assert.Equal(["subject.Score"], result.ResultOf(0).MissingInputs);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void An_index_outside_the_top_level_rules_is_an_argument_out_of_range_exception(int index)
    {
        var result = TestRules.Load(Rules).Evaluate(new TestSubject { Age = 70 });

        var outcome = Assert.Throws<ArgumentOutOfRangeException>(() => result.OutcomeOf(index));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.ResultOf(index));
        Assert.Contains("3 top-level rule(s)", outcome.Message, StringComparison.Ordinal);
    }

    /// <summary>A subject whose Score getter runs another evaluation of the same workflow on the same thread.</summary>
    public sealed class ReentrantSubject(Func<WorkflowResult>? evaluateAgain)
    {
        private readonly double? _score;

        public int Age { get; init; }

        public int InnerEvaluations { get; private set; }

        public double? Score
        {
            get
            {
                if (evaluateAgain is not null)
                {
                    InnerEvaluations++;
                    Assert.Equal(RuleOutcome.NotMet, evaluateAgain().OutcomeOf(0));
                }

                return _score;
            }

            init => _score = value;
        }
    }
}
