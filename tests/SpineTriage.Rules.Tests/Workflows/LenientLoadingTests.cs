using SpineTriage.Rules.Tests.Evaluation;

namespace SpineTriage.Rules.Tests.Workflows;

public sealed class LenientLoadingTests
{
    private const string OneBadRule = """
        {"RuleName":"Adult","Expression":"subject.Age >= 18"},
        {"RuleName":"Typo","Expression":"subject.Agee > 3"},
        {"RuleName":"Scored","Expression":"subject.Score > 3"}
        """;

    private static RuleSetOptions Lenient() => TestRules.Options(o => o.LenientRules = true);

    [Fact]
    public void By_default_one_bad_rule_fails_the_whole_load()
    {
        var result = RuleSet.TryLoad([new RuleSource("rules.json", TestRules.Workflow(OneBadRule))], TestRules.Options());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, d => d.Severity == DiagnosticSeverity.Error && d.RuleName == "Typo");
    }

    [Fact]
    public void Leniently_the_bad_rule_is_disabled_and_reported_and_the_others_run()
    {
        var result = RuleSet.TryLoad([new RuleSource("rules.json", TestRules.Workflow(OneBadRule))], Lenient());

        Assert.True(result.Succeeded);
        var workflow = result.RuleSet!.GetWorkflow("W");
        Assert.Equal(["Adult", "Scored"], workflow.Rules.Select(r => r.Name));
        Assert.DoesNotContain(result.Problems, d => d.Severity == DiagnosticSeverity.Error);
        var typo = Assert.Single(result.Problems, d => d.RuleName == "Typo" && d.Code != "SPR115");
        Assert.Equal(DiagnosticSeverity.Warning, typo.Severity);
        Assert.Contains("Agee", typo.Message, StringComparison.Ordinal);
        Assert.True(typo.Line == 2 && typo.Column > 0, typo.ToString());
        var disabled = Assert.Single(result.Problems, d => d.Code == "SPR115");
        Assert.Equal(("Typo", DiagnosticSeverity.Warning), (disabled.RuleName, disabled.Severity));
        Assert.Contains(disabled, result.RuleSet.Warnings);

        var outcomes = workflow.Evaluate(new TestSubject { Age = 40, Score = 5 }).Results.Select(r => (r.Rule.Name, r.Outcome));
        Assert.Equal([("Adult", RuleOutcome.Met), ("Scored", RuleOutcome.Met)], outcomes);
    }

    [Fact]
    public void A_bad_child_is_disabled_and_its_parent_combines_the_others()
    {
        var workflow = TestRules.Load(
            """
            {"RuleName":"Both","Operator":"And","Rules":[
              {"RuleName":"Old","Expression":"subject.Age > 60"},
              {"RuleName":"Broken","Expression":"subject.Age >"}]}
            """,
            Lenient());

        var parent = Assert.Single(workflow.Rules);
        Assert.Equal(["Old"], parent.Rules.Select(r => r.Name));
        Assert.Equal(RuleOutcome.Met, workflow.Evaluate(new TestSubject { Age = 70 }).OutcomeOf(0));
    }

    [Fact]
    public void A_rule_whose_local_parameter_fails_is_disabled_whole()
    {
        var workflow = TestRules.Load(
            """
            {"RuleName":"Local","LocalParams":[{"Name":"x","Expression":"subject.Nope"}],"Expression":"subject.Age > 1"},
            {"RuleName":"Fine","Expression":"subject.Age > 1"}
            """,
            Lenient());

        Assert.Equal(["Fine"], workflow.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Errors_outside_rules_still_fail_a_lenient_load()
    {
        var json = TestRules.Workflow(
            """{"RuleName":"Fine","Expression":"subject.Age > limit"}""",
            extra: ""","GlobalParams":[{"Name":"limit","Expression":"subject.Nope"}]""");

        var result = RuleSet.TryLoad([new RuleSource("rules.json", json)], Lenient());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("Nope", StringComparison.Ordinal));
    }
}
