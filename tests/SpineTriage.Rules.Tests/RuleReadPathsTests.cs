using SpineTriage.Rules.Tests.Evaluation;

namespace SpineTriage.Rules.Tests;

/// <summary>Which inputs a rule tests for absence and which it reads for their value, the child rules' included.</summary>
public sealed class RuleReadPathsTests
{
    [Fact]
    public void A_null_test_is_an_absence_test_and_a_comparison_reads_for_value()
    {
        var rule = TestRules.Load("""{"RuleName":"R","Expression":"subject.Score == null || subject.Score > 3 && subject.Age > 65"}""").Rules[0];

        Assert.Equal(["subject.Score"], rule.AbsenceTestedPaths);
        Assert.Equal(["subject.Score", "subject.Age"], rule.ValueReadPaths);
    }

    [Fact]
    public void Collection_elements_are_written_with_empty_brackets_and_child_rules_count()
    {
        var rule = TestRules.Load("""
            {"RuleName":"Parent","Operator":"And","Rules":[
              {"RuleName":"Sized","Expression":"subject.Items.Any(i => (i.Size ?? 0) > 2)"},
              {"RuleName":"Named","Expression":"subject.Name == \"x\""}]}
            """).Rules[0];

        Assert.Equal(["subject.Items[].Size"], rule.AbsenceTestedPaths);
        Assert.Contains("subject.Name", rule.ValueReadPaths);
    }

    [Fact]
    public void A_rule_without_absence_tests_has_none()
    {
        var rule = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 65"}""").Rules[0];

        Assert.Empty(rule.AbsenceTestedPaths);
        Assert.Equal(["subject.Age"], rule.ValueReadPaths);
    }

    [Theory]
    [InlineData("order.Lines[2].Discount", "order.Lines[].Discount")]
    [InlineData("order.Lines[10].Taxes[0].Rate", "order.Lines[].Taxes[].Rate")]
    [InlineData("order.Amount", "order.Amount")]
    [InlineData("order.Lines", "order.Lines")]
    public void PatternOf_turns_every_element_index_into_brackets(string path, string pattern) =>
        Assert.Equal(pattern, Rule.PatternOf(path));
}
