using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Tests.Workflows;

public sealed class JsonPathRefTests
{
    [Theory]
    [InlineData(-1, null, "$[0].Rules")]
    [InlineData(3, null, "$[0].Rules[3]")]
    [InlineData(-1, "Expression", "$[0].Rules.Expression")]
    [InlineData(3, "Expression", "$[0].Rules[3].Expression")]
    public void A_path_is_its_base_then_its_index_then_its_property(int index, string? property, string expected)
    {
        Assert.Equal(expected, new JsonPathRef("$[0].Rules", index, property).ToString());
    }

    [Fact]
    public void Paths_below_two_levels_write_out_the_level_above()
    {
        var rule = new JsonPathRef("$.Rules").Item(1);

        var nested = rule.Field("Rules").Item(0).Field("LocalParams").Item(2).Field("Expression");

        Assert.Equal("$.Rules[1].Rules[0].LocalParams[2].Expression", nested.ToString());
        Assert.Equal("$.Rules[1]", rule.ToString());
    }

    [Fact]
    public void Nested_rule_paths_and_their_expression_errors_are_located()
    {
        var json = """{"WorkflowName":"W","Rules":[{"RuleName":"A","Expression":"subject.Age > 1"},{"RuleName":"N","Operator":"And","Rules":[{"RuleName":"C","Expression":"subject.Agee > 1"},{"RuleName":"D","Expression":"subject.Age > 2"}]}]}""";

        var result = RuleSet.TryLoad([new RuleSource("rules.json", json)], Evaluation.TestRules.Options());
        var error = Assert.Single(result.Problems);
        var nested = result.Outlines[0].Rules[1];

        Assert.Equal("$.Rules[1].Rules[0].Expression", error.JsonPath);
        Assert.Equal(["$.Rules[0]", "$.Rules[1]", "$.Rules[1].Rules[1]"], [result.Outlines[0].Rules[0].JsonPath, nested.JsonPath, nested.Rules[1].JsonPath]);
    }
}
