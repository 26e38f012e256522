using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Tests.Expressions;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>The whole-workflow lambdas (the fast path), interpreted and compiled, against rule-by-rule evaluation (each rule compiled alone).</summary>
public sealed class CompiledPlanTests
{
    public static TheoryData<bool, NestedRuleExecutionMode> Modes => new()
    {
        { false, NestedRuleExecutionMode.All },
        { true, NestedRuleExecutionMode.All },
        { false, NestedRuleExecutionMode.Performance },
        { true, NestedRuleExecutionMode.Performance },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Compiled_workflow_agrees_with_rule_by_rule_evaluation_on_random_cases_with_missing_data(bool twoValued, NestedRuleExecutionMode mode)
    {
        var options = TwentyRuleWorkload.Options(twoValued);
        options.NestedRuleExecutionMode = mode;
        var plan = RuleSet.LoadJson(TwentyRuleWorkload.Json, options).GetWorkflow(TwentyRuleWorkload.WorkflowName).Plan;
        var (interpreted, compiled) = BothTiers(plan, twoValued, mode);

        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var args = new object?[] { WorkloadCase.Random(new Random(seed), nullRate: 0.3) };
            string?[]? exceptions = null;
            var expected = plan.EvaluateRuleByRule(args, ref exceptions);
            Assert.Null(exceptions);
            Assert.Equal(expected, Run(interpreted, plan, args));
            Assert.Equal(expected, Run(compiled, plan, args));
        }).Check(PropertyConfig.Replayable(500));
    }

    [Fact]
    public void Chunks_are_interpreted_at_load_and_compiled_after_some_evaluations()
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var input = WorkloadCase.Random(new Random(3), nullRate: 0);

        Assert.False(workflow.Plan.IsCompiled);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!workflow.Plan.IsCompiled && DateTime.UtcNow < deadline)
        {
            workflow.Evaluate(input);
            Thread.Sleep(1);
        }

        Assert.True(workflow.Plan.IsCompiled);
    }

    /// <summary>The plan's chunks in each tier, built afresh so that neither tiers up on its own during the test.</summary>
    internal static (TieredChunks Interpreted, TieredChunks Compiled) BothTiers(EvaluationPlan plan, bool twoValued, NestedRuleExecutionMode mode)
    {
        var truthMode = twoValued ? TruthMode.TwoValued : TruthMode.ThreeValued;
        var performance = mode == NestedRuleExecutionMode.Performance;
        var compiled = new TieredChunks(new PlanCompiler(plan, truthMode, performance).Build());
        compiled.CompileNow();
        return (new TieredChunks(new PlanCompiler(plan, truthMode, performance).Build(), tierUpAfter: int.MaxValue), compiled);
    }

    internal static byte[] Run(TieredChunks chunks, EvaluationPlan plan, object?[] args)
    {
        var outcomes = new byte[plan.Rules.Length];
        chunks.Run(args, outcomes);
        return outcomes;
    }

    [Fact]
    public void Derived_global_parameters_are_computed_once_and_agree_with_rule_by_rule_evaluation()
    {
        const string Globals = ""","GlobalParams":[{"Name":"big","Expression":"subject.Items.Any(i => i.Size > 3)"},{"Name":"named","Expression":"subject.Name != null && big"},{"Name":"score","Expression":"subject.Score ?? 0"}]""";
        var workflow = TestRules.Load(
            """
            {"RuleName":"A","Expression":"big"},{"RuleName":"B","Expression":"named || subject.Age > 60"},
            {"RuleName":"C","Expression":"subject.Items.All(i => i.Size < score || big)"},
            {"RuleName":"D","Operator":"And","Rules":[{"RuleName":"D1","Expression":"!big"},{"RuleName":"D2","Expression":"score > 1"}]}
            """,
            extra: Globals);
        var subjects = new[]
        {
            new TestSubject { Age = 70, Name = "Ann", Score = 2, Items = [new TestItem { Size = 5 }] },
            new TestSubject { Age = 20, Items = [new TestItem { Size = null }, new TestItem { Size = 1 }] },
            new TestSubject { Age = 20, Name = "Bo", Score = null, Items = [] },
        };

        var (interpreted, compiled) = BothTiers(workflow.Plan, twoValued: false, NestedRuleExecutionMode.All);
        foreach (var subject in subjects.Cast<object?>().Append(null))
        {
            string?[]? exceptions = null;
            var expected = workflow.Plan.EvaluateRuleByRule([subject], ref exceptions);
            Assert.Equal(expected, Run(interpreted, workflow.Plan, [subject]));
            Assert.Equal(expected, Run(compiled, workflow.Plan, [subject]));
        }
    }

    [Fact]
    public void A_rule_that_throws_falls_back_to_rule_by_rule_so_only_that_rule_is_unknown()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 1"},{"RuleName":"S","Expression":"subject.Faulty > 1"},{"RuleName":"T","Expression":"subject.Age < 1"}""");
        var subject = new TestSubject { Age = 5 };

        Assert.Null(workflow.Plan.TryEvaluateCompiled([subject]));
        var results = workflow.Evaluate(subject).Results;

        Assert.Equal([RuleOutcome.Met, RuleOutcome.Unknown, RuleOutcome.NotMet], results.Select(r => r.Outcome));
        Assert.Contains("sensor offline", results[1].ExceptionMessage);
    }

    [Fact]
    public void Three_thousand_rules_compile_into_bounded_chunks_that_agree_with_rule_by_rule_evaluation()
    {
        var rules = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            rules.Append(i == 0 ? "" : ",").Append($$"""{"RuleName":"R{{i}}","Expression":"subject.Age > {{i % 97}} && (subject.Score == null || subject.Score < {{i % 13}}.5)"}""");
        }

        var workflow = TestRules.Load(rules.ToString());
        var subject = new TestSubject { Age = 50, Score = 6 };

        Assert.InRange(workflow.Plan.ChunkCount, 3, 3_000 / 10);
        var (interpreted, compiled) = BothTiers(workflow.Plan, twoValued: false, NestedRuleExecutionMode.All);
        string?[]? exceptions = null;
        var expected = workflow.Plan.EvaluateRuleByRule([subject], ref exceptions);
        Assert.Equal(expected, Run(interpreted, workflow.Plan, [subject]));
        Assert.Equal(expected, Run(compiled, workflow.Plan, [subject]));
    }
}
