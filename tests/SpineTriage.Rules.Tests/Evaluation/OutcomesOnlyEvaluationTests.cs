using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Tests.Expressions;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary><see cref="Workflow.EvaluateOutcomes"/>: the outcomes of <see cref="Workflow.Evaluate(ReadOnlySpan{object})"/>, written into the caller's span, allocating nothing.</summary>
public sealed class OutcomesOnlyEvaluationTests
{
    [ReplayableProperty(200)]
    public Property Outcomes_equal_rule_by_rule_evaluation_in_both_tiers_on_random_cases_with_missing_data_three_valued_all() =>
        OutcomesEqualRuleByRule(twoValued: false, NestedRuleExecutionMode.All);

    [ReplayableProperty(200)]
    public Property Outcomes_equal_rule_by_rule_evaluation_in_both_tiers_on_random_cases_with_missing_data_two_valued_performance() =>
        OutcomesEqualRuleByRule(twoValued: true, NestedRuleExecutionMode.Performance);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(bool TwoValued, NestedRuleExecutionMode Mode), Workflow> CompiledWorkflows = new();

    private static Property OutcomesEqualRuleByRule(bool twoValued, NestedRuleExecutionMode mode)
    {
        var options = TwentyRuleWorkload.Options(twoValued);
        options.NestedRuleExecutionMode = mode;
        Workflow Load() => RuleSet.LoadJson(TwentyRuleWorkload.Json, options).GetWorkflow(TwentyRuleWorkload.WorkflowName);

        // FsCheck.Xunit calls the test method once per case: the compiled workflow is made once per variant, not per case.
        var compiled = CompiledWorkflows.GetOrAdd((twoValued, mode), _ =>
        {
            var workflow = Load();
            workflow.Plan.CompileNow();
            return workflow;
        });
        var outcomes = new RuleOutcome[TwentyRuleWorkload.RuleCount];

        return Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            object?[] args = [WorkloadCase.Random(new Random(seed), nullRate: 0.3)];
            string?[]? exceptions = null;
            var slots = compiled.Plan.EvaluateRuleByRule(args, ref exceptions);
            var expected = slots.Take(compiled.Plan.TopLevelCount).Select(outcome => (RuleOutcome)(outcome - 1)).ToArray();
            var interpreted = Load();
            foreach (var workflow in new[] { interpreted, compiled })
            {
                Array.Fill(outcomes, (RuleOutcome)99);
                workflow.EvaluateOutcomes(outcomes, args);
                Assert.Equal(expected, outcomes);
            }

            Assert.False(interpreted.Plan.IsCompiled);
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(23)]
    [InlineData(25)]
    [InlineData(40)]
    public void Every_count_of_rules_is_copied_whole_around_the_sixteen_and_eight_byte_steps(int count)
    {
        var rules = string.Join(",", Enumerable.Range(0, count).Select(i =>
            $$"""{"RuleName":"R{{i}}","Expression":"{{(i % 3) switch { 0 => $"subject.Age > {i}", 1 => $"subject.Score > {i}", _ => $"subject.Age < {i}" }}}"}"""));
        var workflow = TestRules.Load(rules);
        var subject = new TestSubject { Age = 20, Score = null };
        var expected = workflow.Evaluate(subject).Results.Select(r => r.Outcome).ToArray();
        var outcomes = new RuleOutcome[count + 3];

        workflow.EvaluateOutcomes(outcomes, subject);
        workflow.Plan.CompileNow();
        var compiled = new RuleOutcome[count];
        workflow.EvaluateOutcomes(compiled, subject);

        Assert.Equal(expected, outcomes.Take(count));
        Assert.Equal([RuleOutcome.NotMet, RuleOutcome.NotMet, RuleOutcome.NotMet], outcomes.Skip(count));
        Assert.Equal(expected, compiled);
        Assert.True(count == 1 || expected[1] == RuleOutcome.Unknown, "the missing score makes rule R1 Unknown");
    }

    [Fact]
    public void Once_compiled_an_evaluation_allocates_nothing()
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        workflow.Plan.CompileNow();
        var random = new Random(5);
        var inputs = Enumerable.Range(0, 16).Select(_ => WorkloadCase.Random(random, nullRate: 0.2)).ToArray();
        var outcomes = new RuleOutcome[workflow.Rules.Count];
        workflow.EvaluateOutcomes(outcomes, inputs[0]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            workflow.EvaluateOutcomes(outcomes, inputs[i % inputs.Length]);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_rule_that_throws_is_unknown_and_the_others_are_decided()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 1"},{"RuleName":"S","Expression":"subject.Faulty > 1"},{"RuleName":"T","Expression":"subject.Age < 1"}""");
        var outcomes = new RuleOutcome[3];

        workflow.EvaluateOutcomes(outcomes, new TestSubject { Age = 5 });
        Assert.Equal([RuleOutcome.Met, RuleOutcome.Unknown, RuleOutcome.NotMet], outcomes);

        workflow.Plan.CompileNow();
        Array.Clear(outcomes);
        workflow.EvaluateOutcomes(outcomes, new TestSubject { Age = 5 });
        Assert.Equal([RuleOutcome.Met, RuleOutcome.Unknown, RuleOutcome.NotMet], outcomes);
    }

    [Fact]
    public void A_span_shorter_than_the_top_level_rules_or_a_wrong_input_is_an_argument_exception()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 1"},{"RuleName":"S","Expression":"subject.Age > 2"}""");

        var tooShort = Assert.Throws<ArgumentException>(() => workflow.EvaluateOutcomes(new RuleOutcome[1], new TestSubject()));
        var wrongType = Assert.Throws<ArgumentException>(() => workflow.EvaluateOutcomes(new RuleOutcome[2], "not a subject"));
        var wrongCount = Assert.Throws<ArgumentException>(() => workflow.EvaluateOutcomes(new RuleOutcome[2], new TestSubject(), new TestSubject()));

        Assert.Contains("2 top-level rule(s)", tooShort.Message, StringComparison.Ordinal);
        Assert.Contains("must be a TestSubject", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("takes 1 input(s)", wrongCount.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_span_keeps_its_entries_after_the_top_level_rules()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 1"}""");
        var outcomes = new[] { RuleOutcome.Unknown, RuleOutcome.Met };

        workflow.EvaluateOutcomes(outcomes, new TestSubject { Age = 0 });

        Assert.Equal([RuleOutcome.NotMet, RuleOutcome.Met], outcomes);
    }

    [Fact]
    public void An_input_whose_getter_evaluates_again_does_not_disturb_the_outer_evaluation()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("subject", typeof(WorkflowResultTests.ReentrantSubject)));
        var workflow = RuleSet.LoadJson(TestRules.Workflow("""{"RuleName":"Scored","Expression":"subject.Score > 3"},{"RuleName":"Old","Expression":"subject.Age > 65"}"""), options).GetWorkflow("W");
        var inner = new WorkflowResultTests.ReentrantSubject(null) { Age = 10, Score = 1 };
        var outer = new WorkflowResultTests.ReentrantSubject(() => workflow.Evaluate(inner)) { Age = 70, Score = 5 };
        var outcomes = new RuleOutcome[2];

        workflow.EvaluateOutcomes(outcomes, outer);

        Assert.False(workflow.Plan.IsCompiled);
        Assert.Equal([RuleOutcome.Met, RuleOutcome.Met], outcomes);
        Assert.True(outer.InnerEvaluations > 0);
    }

    [Fact]
    public void Nested_rules_do_not_shift_the_outcomes_of_the_top_level_rules()
    {
        var workflow = TestRules.Load(
            """
            {"RuleName":"A","Operator":"Or","Rules":[{"RuleName":"A1","Expression":"subject.Age > 60"},{"RuleName":"A2","Expression":"subject.Score > 3"}]},
            {"RuleName":"B","Expression":"subject.Name == null"},
            {"RuleName":"C","Operator":"And","Rules":[{"RuleName":"C1","Expression":"subject.Age > 1"},{"RuleName":"C2","Expression":"subject.Score > 1"}]}
            """);
        var outcomes = new RuleOutcome[3];
        var subject = new TestSubject { Age = 20, Score = null };

        workflow.EvaluateOutcomes(outcomes, subject);
        Assert.Equal([RuleOutcome.Unknown, RuleOutcome.Met, RuleOutcome.Unknown], outcomes);

        workflow.Plan.CompileNow();
        workflow.EvaluateOutcomes(outcomes, subject);
        Assert.Equal([RuleOutcome.Unknown, RuleOutcome.Met, RuleOutcome.Unknown], outcomes);
    }
}
