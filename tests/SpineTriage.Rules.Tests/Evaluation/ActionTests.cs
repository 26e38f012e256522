namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class ActionTests
{
    private static string WithActions(string name, string onSuccess, string onFailure = "null", string expression = "subject.Age > 50") =>
        $$$"""{"RuleName":"{{{name}}}","Expression":"{{{expression}}}","Actions":{"OnSuccess":{{{onSuccess}}},"OnFailure":{{{onFailure}}}}}""";

    private const string Output = """{"Name":"OutputExpression","Context":{"Expression":"subject.Age * 2"}}""";

    [Fact]
    public void OutputExpression_runs_on_success_and_nothing_runs_when_unknown()
    {
        var workflow = TestRules.Load(WithActions("R", Output, """{"Name":"OutputExpression","Context":{"expression":"\"too young\""}}"""));

        Assert.Equal(("OutputExpression", (object?)140), (workflow.Evaluate(new TestSubject { Age = 70 }).Results[0].ActionResult!.ActionName, workflow.Evaluate(new TestSubject { Age = 70 }).Results[0].ActionResult!.Output));
        Assert.Equal("too young", workflow.Evaluate(new TestSubject { Age = 20 }).Results[0].ActionResult!.Output);
        Assert.Null(workflow.Evaluate([null]).Results[0].ActionResult);
    }

    [Fact]
    public void An_OutputExpression_that_fails_at_run_time_gives_its_error_every_time_and_others_still_run()
    {
        // Bound and checked at load, compiled on the first run: a division by zero is a run-time failure, not a load error.
        var workflow = TestRules.Load(WithActions("R", """{"Name":"OutputExpression","Context":{"Expression":"100 / (subject.Age - 70)"}}"""));

        var first = workflow.Evaluate(new TestSubject { Age = 70 }).Results[0].ActionResult!;
        var again = workflow.Evaluate(new TestSubject { Age = 70 }).Results[0].ActionResult!;
        var fine = workflow.Evaluate(new TestSubject { Age = 80 }).Results[0].ActionResult!;

        Assert.StartsWith("Exception while executing OutputExpression: ", first.ErrorMessage, StringComparison.Ordinal);
        Assert.Null(first.Output);
        Assert.Equal(first.ErrorMessage, again.ErrorMessage);
        Assert.Equal((object?)10, fine.Output);
        Assert.Null(fine.ErrorMessage);
    }

    [Fact]
    public void EvaluateRule_returns_the_chained_rules_output()
    {
        var rules = WithActions("R", """{"Name":"EvaluateRule","Context":{"workflowName":"W","ruleName":"T"}}""") + "," + WithActions("T", Output, expression: "subject.Age > 1");

        var result = TestRules.Load(rules).Evaluate(new TestSubject { Age = 70 }).Results[0];

        Assert.Equal(("EvaluateRule", (object?)140), (result.ActionResult!.ActionName, result.ActionResult.Output));
    }

    [Theory]
    [InlineData("""{"Name":"SendEmail","Context":{}}""", "SPR701")]
    [InlineData("""{"Name":"OutputExpresion","Context":{}}""", "SPR701")]
    [InlineData("""{"Name":"OutputExpression","Context":{}}""", "SPR702")]
    [InlineData("""{"Name":"OutputExpression","Context":{"Expression":3}}""", "SPR702")]
    [InlineData("""{"Name":"EvaluateRule","Context":{"workflowName":"Nope","ruleName":"R"}}""", "SPR703")]
    [InlineData("""{"Name":"EvaluateRule","Context":{"workflowName":"W","ruleName":"Nope"}}""", "SPR704")]
    [InlineData("""{"Name":"EvaluateRule","Context":{"workflowName":"W","ruleName":"R"}}""", "SPR705")]
    public void Invalid_actions_are_load_errors(string action, string code)
    {
        var errors = TestRules.Errors(TestRules.Workflow(WithActions("R", action)));

        var error = Assert.Single(errors);
        Assert.Equal((code, "R"), (error.Code, error.RuleName));
    }

    [Theory]
    [InlineData("""{"Name":"OutputExpression","Context":{"expression":"subject.Age","expresion":"1"}}""", "'expresion'", "Did you mean 'expression'?")]
    [InlineData("""{"Name":"EvaluateRule","Context":{"workflowName":"W","ruleName":"T","rulename2":"T"}}""", "'rulename2'", "it takes 'workflowName' and 'ruleName'")]
    [InlineData("""{"Name":"EvaluateRule","Context":{"workflowName":"W","ruleName":"T","inputFilter":["subject"]}}""", "'inputFilter'", "SpineTriage does not")]
    public void An_unknown_context_key_is_a_located_load_error_rather_than_ignored(string action, string key, string hint)
    {
        var rules = WithActions("R", action) + "," + WithActions("T", "null", expression: "subject.Age > 1");

        var error = Assert.Single(TestRules.Errors(TestRules.Workflow(rules)));

        Assert.Equal(("SPR706", "R"), (error.Code, error.RuleName));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$", error.JsonPath, StringComparison.Ordinal);
        Assert.True(error.Line >= 1 && error.Column > 1);
    }

    [Fact]
    public void Unknown_action_suggests_the_built_in_one()
    {
        var error = Assert.Single(TestRules.Errors(TestRules.Workflow(WithActions("R", """{"Name":"OutputExpresion","Context":{}}"""))));

        Assert.Contains("Did you mean 'OutputExpression'?", error.Message);
    }

    [Fact]
    public void EvaluateRule_cycle_through_two_rules_is_named()
    {
        var rules = WithActions("R", """{"Name":"EvaluateRule","Context":{"workflowName":"W","ruleName":"T"}}""")
            + "," + WithActions("T", "null", """{"Name":"EvaluateRule","Context":{"workflowName":"W","ruleName":"R"}}""");

        var error = Assert.Single(TestRules.Errors(TestRules.Workflow(rules)));

        Assert.Contains("W/R -> W/T -> W/R", error.Message);
    }
}
