namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class InjectionTests
{
    private static string Wf(string name, string rules, string inject = "") =>
        $$"""{"WorkflowName":"{{name}}"{{(inject.Length > 0 ? $",\"WorkflowsToInject\":[{inject}]" : "")}},"Rules":[{{rules}}]}""";

    private static string Leaf(string name) => $$"""{"RuleName":"{{name}}","Expression":"subject.Age > 1"}""";

    [Fact]
    public void Injected_rules_follow_the_workflows_own_rules_recursively()
    {
        var json = $"[{Wf("A", Leaf("A1"), "\"B\"")},{Wf("B", Leaf("B1"), "\"C\"")},{Wf("C", Leaf("C1"))}]";

        var set = RuleSet.LoadJson(json, TestRules.Options());
        var workflow = set.GetWorkflow("A");

        Assert.Equal(["A1", "B1", "C1"], workflow.Rules.Select(r => r.Name));
        Assert.Equal(["A", "B", "C"], workflow.Rules.Select(r => r.WorkflowName));
        Assert.Equal(["B1", "C1"], set.GetWorkflow("B").Rules.Select(r => r.Name));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(3, workflow.Evaluate(new TestSubject { Age = 5 }).Results.Count);
        }
    }

    [Fact]
    public void Workflow_of_injections_only_evaluates_the_injected_rules()
    {
        var json = $$"""[{"WorkflowName":"All","WorkflowsToInject":["B","C"]},{{Wf("B", Leaf("B1"))}},{{Wf("C", Leaf("C1"))}}]""";

        var results = RuleSet.LoadJson(json, TestRules.Options()).GetWorkflow("All").Evaluate(new TestSubject { Age = 5 }).Results;

        Assert.Equal(["B1", "C1"], results.Select(r => r.Rule.Name));
    }

    [Fact]
    public void Missing_injected_workflow_is_an_error_with_did_you_mean()
    {
        var errors = TestRules.Errors($"[{Wf("A", Leaf("A1"), "\"Commn\"")},{Wf("Common", Leaf("C1"))}]");

        var error = Assert.Single(errors);
        Assert.Equal(("SPR603", "$[0].WorkflowsToInject[0]"), (error.Code, error.JsonPath));
        Assert.Contains("Did you mean 'Common'?", error.Message);
    }

    [Fact]
    public void Injecting_a_workflow_twice_in_one_list_is_an_error_at_the_second_entry()
    {
        var errors = TestRules.Errors($"[{Wf("A", Leaf("A1"), "\"B\",\"C\",\"b\"")},{Wf("B", Leaf("B1"))},{Wf("C", Leaf("C1"))}]");

        var error = Assert.Single(errors);
        Assert.Equal(("SPR609", "$[0].WorkflowsToInject[2]", "A"), (error.Code, error.JsonPath, error.WorkflowName));
        Assert.Contains("injects workflow 'b' 2 times", error.Message, StringComparison.Ordinal);
        Assert.Contains("$[0].WorkflowsToInject[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_fold_duplicate_injection_over_seventeen_levels_is_refused_quickly()
    {
        var workflows = Enumerable.Range(0, 17).Select(i => i == 0 ? Wf("W0", Leaf("R0")) : Wf($"W{i}", Leaf($"R{i}"), string.Join(",", Enumerable.Repeat($"\"W{i - 1}\"", 10))));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var errors = TestRules.Errors($"[{string.Join(",", workflows)}]");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Equal(16, errors.Count);
        Assert.All(errors, e => Assert.Equal("SPR609", e.Code));
    }

    [Fact]
    public void Injection_cycle_is_an_error_that_names_the_cycle()
    {
        var errors = TestRules.Errors($"[{Wf("A", Leaf("A1"), "\"B\"")},{Wf("B", Leaf("B1"), "\"C\"")},{Wf("C", Leaf("C1"), "\"A\"")}]");

        var error = Assert.Single(errors);
        Assert.Equal("SPR604", error.Code);
        Assert.Contains("A -> B -> C -> A", error.Message);
    }

    [Fact]
    public void Self_injection_is_a_cycle()
    {
        Assert.Equal("SPR604", Assert.Single(TestRules.Errors($"[{Wf("A", Leaf("A1"), "\"A\"")}]")).Code);
    }

    [Fact]
    public void Injection_deeper_than_the_limit_is_an_error()
    {
        var json = $"[{Wf("A", Leaf("A1"), "\"B\"")},{Wf("B", Leaf("B1"), "\"C\"")},{Wf("C", Leaf("C1"))}]";

        var errors = TestRules.Errors(json, TestRules.Options(o => o.Limits.MaxInjectionDepth = 1));

        Assert.Equal("SPR605", Assert.Single(errors).Code);
    }

    [Fact]
    public void Injected_rule_with_a_name_already_used_is_an_error()
    {
        var errors = TestRules.Errors($"[{Wf("A", Leaf("Same"), "\"B\"")},{Wf("B", Leaf("Same"))}]");

        var error = Assert.Single(errors);
        Assert.Equal("SPR602", error.Code);
        Assert.Contains("injected from workflow 'B'", error.Message);
    }

    [Fact]
    public void Rule_level_injection_gives_a_nested_rule_the_injected_rules_as_children()
    {
        var json = $$"""[{{Wf("A", """{"RuleName":"AnyOfB","Operator":"Or","WorkflowsToInject":["B"]}""")}},{{Wf("B", Leaf("B1") + "," + $$"""{"RuleName":"B2","Expression":"subject.Age > 100"}""")}}]""";

        var result = RuleSet.LoadJson(json, TestRules.Options()).GetWorkflow("A").Evaluate(new TestSubject { Age = 5 }).Results[0];

        Assert.Equal(RuleOutcome.Met, result.Outcome);
        Assert.Equal(["B1", "B2"], result.ChildResults.Select(c => c.Rule.Name));
    }
}
