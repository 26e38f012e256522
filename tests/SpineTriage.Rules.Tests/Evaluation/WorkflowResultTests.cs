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
}
