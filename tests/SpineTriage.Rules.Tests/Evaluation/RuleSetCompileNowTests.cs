namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary><see cref="RuleSet.CompileNow"/>: every workflow brought to its compiled tier on the calling thread, with the same results.</summary>
public sealed class RuleSetCompileNowTests
{
    private const string Rules = """{"RuleName":"Old","Expression":"subject.Age > 65"},{"RuleName":"Missing","Expression":"subject == null"}""";

    private static RuleSet Load() =>
        RuleSet.LoadJson($"[{TestRules.Workflow(Rules)},{TestRules.Workflow(Rules).Replace("\"W\"", "\"V\"", StringComparison.Ordinal)}]", TestRules.Options());

    [Fact]
    public void CompileNow_compiles_every_workflow_for_present_and_missing_inputs_with_the_same_outcomes()
    {
        var ruleSet = Load();
        var present = new TestSubject { Age = 70 };
        Assert.All(ruleSet.Workflows, workflow => Assert.False(workflow.Plan.IsCompiled));
        var interpreted = ruleSet.Workflows.Select(w => (w.Evaluate(present).Results.Select(r => r.Outcome).ToArray(), w.Evaluate((object?)null).Results.Select(r => r.Outcome).ToArray())).ToArray();

        ruleSet.CompileNow();

        Assert.All(ruleSet.Workflows, workflow =>
        {
            Assert.True(workflow.Plan.IsCompiled);
            Assert.NotNull(workflow.Plan.TryEvaluateCompiled([present]));
            Assert.NotNull(workflow.Plan.TryEvaluateCompiled([null]));
        });
        Assert.Equal(interpreted, ruleSet.Workflows.Select(w => (w.Evaluate(present).Results.Select(r => r.Outcome).ToArray(), w.Evaluate((object?)null).Results.Select(r => r.Outcome).ToArray())));
    }

    [Fact]
    public void CompileNow_without_missing_inputs_does_the_tier_ups_work_only()
    {
        var ruleSet = Load();

        ruleSet.CompileNow(forMissingInputs: false);

        Assert.All(ruleSet.Workflows, workflow =>
        {
            Assert.True(workflow.Plan.IsCompiled);
            Assert.NotNull(workflow.Plan.TryEvaluateCompiled([new TestSubject { Age = 70 }]));
            Assert.Null(workflow.Plan.TryEvaluateCompiled([null]));
        });
    }

    [Fact]
    public void CompileNow_twice_compiles_nothing_more()
    {
        var ruleSet = Load();
        ruleSet.CompileNow();
        var chunks = ruleSet.Workflows.Select(w => w.Plan.ChunkCount).ToArray();

        ruleSet.CompileNow();

        Assert.Equal(chunks, ruleSet.Workflows.Select(w => w.Plan.ChunkCount));
        Assert.Equal([RuleOutcome.Met, RuleOutcome.NotMet], ruleSet.GetWorkflow("W").Evaluate(new TestSubject { Age = 70 }).Results.Select(r => r.Outcome));
    }
}
