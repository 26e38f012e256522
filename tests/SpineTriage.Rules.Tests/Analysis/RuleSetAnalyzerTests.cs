using SpineTriage.Rules.Tests.Evaluation;

namespace SpineTriage.Rules.Tests.Analysis;

public sealed class RuleSetAnalyzerTests
{
    private static IReadOnlyList<Diagnostic> Analyze(string rules, string globals = "")
    {
        var extra = globals.Length == 0 ? string.Empty : $",\"GlobalParams\":[{globals}]";
        return RuleSetAnalyzer.Analyze(RuleSet.TryLoad([new RuleSource("rules.json", TestRules.Workflow(rules, extra))], TestRules.Options()));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("3 > 5")]
    [InlineData("subject.Score > 5 && subject.Score < 3")]
    [InlineData("subject.Age >= 10 && subject.Age < limit")]
    [InlineData("subject.Score > 2 && limit < 5")]
    public void A_condition_that_is_never_true_is_a_never_met_warning_at_the_rule(string expression)
    {
        var warnings = Analyze($$"""{"RuleName":"R","Expression":"{{expression}}"}""", """{"Name":"limit","Expression":"10"}""");

        var warning = Assert.Single(warnings, w => w.Code == "SPR801");
        Assert.Equal((DiagnosticSeverity.Warning, "R", 1), (warning.Severity, warning.RuleName, warning.Line));
        Assert.True(warning.Column > 1);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("limit == 10")]
    [InlineData("subject.Score > 2 || true")]
    public void A_condition_that_is_never_false_is_a_never_not_met_warning(string expression)
    {
        var warnings = Analyze($$"""{"RuleName":"R","Expression":"{{expression}}"}""", """{"Name":"limit","Expression":"10"}""");

        Assert.Single(warnings, w => w.Code == "SPR802");
    }

    [Theory]
    [InlineData("subject.Score > 5 && subject.Score < 8")]
    [InlineData("subject.Age >= 3 && subject.Age <= 3")]
    [InlineData("subject.Items.Any(i => i.Size > limit)")]
    [InlineData("subject.Score == null || subject.Score > limit")]
    public void Conditions_that_depend_on_the_case_get_no_warning(string expression)
    {
        Assert.Empty(Analyze($$"""{"RuleName":"R","Expression":"{{expression}}"},{"RuleName":"S","Expression":"subject.Age < limit"}""", """{"Name":"limit","Expression":"10"}"""));
    }

    [Fact]
    public void A_threshold_nothing_reads_is_an_unused_warning_at_its_declaration()
    {
        var warnings = Analyze("""{"RuleName":"R","Expression":"subject.Age > used"}""", """{"Name":"used","Expression":"1"},{"Name":"viaDerived","Expression":"2"},{"Name":"derived","Expression":"subject.Age > viaDerived"},{"Name":"unused","Expression":"-2.5"}""");

        var warning = Assert.Single(warnings, w => w.Code == "SPR803");
        Assert.Contains("'unused'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("$.GlobalParams[3]", warning.JsonPath);
    }

    [Fact]
    public void A_null_test_on_a_member_that_cannot_be_null_warns_that_it_only_tests_the_owner()
    {
        var warning = Assert.Single(Analyze("""{"RuleName":"R","Expression":"subject.Age == null"}"""));

        Assert.Equal("SPR804", warning.Code);
        Assert.Contains("'subject'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Composite_rules_combine_their_children()
    {
        var warnings = Analyze("""{"RuleName":"R","Operator":"And","Rules":[{"RuleName":"A","Expression":"subject.Age > 1"},{"RuleName":"B","Expression":"1 > 2"}]}""");

        Assert.Single(warnings, w => w.Code == "SPR801" && w.RuleName == "R");
    }

    [Fact]
    public void Outlines_are_available_when_an_expression_fails()
    {
        var json = TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Agee > 1","SuccessEvent":"Go","Properties":{"kind":"verdict"}}""", ",\"Properties\":{\"host\":{\"setting\":1}}");

        var result = RuleSet.TryLoad([new RuleSource("rules.json", json)], TestRules.Options());

        Assert.False(result.Succeeded);
        var outline = Assert.Single(result.Outlines);
        Assert.Equal(("W", "R", "Go"), (outline.Name, outline.Rules[0].Name, outline.Rules[0].SuccessEvent));
        Assert.Equal("$.Properties.host.setting", outline.LocateProperty("host.setting")!.JsonPath);
        Assert.Null(outline.LocateProperty("host.other"));
    }
}
