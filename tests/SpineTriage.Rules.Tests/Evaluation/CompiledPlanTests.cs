using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Tests.Expressions;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>Every evaluation tier (rules interpreted at load, the JIT-compiled whole-workflow chunks) against rule-by-rule evaluation (each rule compiled alone).</summary>
public sealed class CompiledPlanTests
{
    [ReplayableProperty(500)]
    public Property Every_tier_agrees_with_rule_by_rule_evaluation_on_random_cases_with_missing_data_three_valued_all() =>
        EveryTierAgreesWithRuleByRule(twoValued: false, NestedRuleExecutionMode.All);

    [ReplayableProperty(500)]
    public Property Every_tier_agrees_with_rule_by_rule_evaluation_on_random_cases_with_missing_data_two_valued_all() =>
        EveryTierAgreesWithRuleByRule(twoValued: true, NestedRuleExecutionMode.All);

    [ReplayableProperty(500)]
    public Property Every_tier_agrees_with_rule_by_rule_evaluation_on_random_cases_with_missing_data_three_valued_performance() =>
        EveryTierAgreesWithRuleByRule(twoValued: false, NestedRuleExecutionMode.Performance);

    [ReplayableProperty(500)]
    public Property Every_tier_agrees_with_rule_by_rule_evaluation_on_random_cases_with_missing_data_two_valued_performance() =>
        EveryTierAgreesWithRuleByRule(twoValued: true, NestedRuleExecutionMode.Performance);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(bool TwoValued, NestedRuleExecutionMode Mode), (EvaluationPlan Plan, CompiledPlanChunk[] Chunks)> Plans = new();

    private static Property EveryTierAgreesWithRuleByRule(bool twoValued, NestedRuleExecutionMode mode)
    {
        // FsCheck.Xunit calls the test method once per case: the plan and its chunks are made once per variant, not per case.
        var (plan, compiled) = Plans.GetOrAdd((twoValued, mode), key =>
        {
            var options = TwentyRuleWorkload.Options(key.TwoValued);
            options.NestedRuleExecutionMode = key.Mode;
            var plan = RuleSet.LoadJson(TwentyRuleWorkload.Json, options).GetWorkflow(TwentyRuleWorkload.WorkflowName).Plan;
            return (plan, CompiledChunks(plan));
        });

        return Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var args = new object?[] { WorkloadCase.Random(new Random(seed), nullRate: 0.3) };
            string?[]? exceptions = null;
            var expected = plan.EvaluateRuleByRule(args, ref exceptions);
            Assert.Null(exceptions);
            Assert.All(AllTiers(plan, compiled, args), tier => Assert.Equal(expected, tier));
        });
    }

    [Fact]
    public void Rules_are_interpreted_at_load_and_compiled_after_some_evaluations()
    {
        var workflow = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName);
        var input = WorkloadCase.Random(new Random(3), nullRate: 0);

        Assert.False(workflow.Plan.IsCompiled);
        Assert.Equal(0, workflow.Plan.ChunkCount);
        Assert.Null(workflow.Plan.TryEvaluateCompiled([input]));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!workflow.Plan.IsCompiled && DateTime.UtcNow < deadline)
        {
            workflow.Evaluate(input);
            Thread.Sleep(1);
        }

        Assert.True(workflow.Plan.IsCompiled);
    }

    /// <summary>The plan's chunks, built and JIT-compiled afresh, so that the test does not depend on the background tier-up.</summary>
    internal static CompiledPlanChunk[] CompiledChunks(EvaluationPlan plan) => [.. plan.BuildChunks().Select(chunk => chunk.Compile(anyInputsToo: true))];

    /// <summary>The outcomes of the first tier (interpreted rule by rule) and of the compiled chunks; asserts that the interpreter reported no exception.</summary>
    internal static IEnumerable<byte[]> AllTiers(EvaluationPlan plan, CompiledPlanChunk[] compiled, object?[] args)
    {
        string?[]? exceptions = null;
        yield return plan.EvaluateInterpreted(args, ref exceptions);
        Assert.Null(exceptions);
        var outcomes = new byte[plan.Rules.Length];
        foreach (var chunk in compiled)
        {
            Assert.True(chunk.TryRun(args, outcomes));
        }

        yield return outcomes;
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

        var compiled = CompiledChunks(workflow.Plan);
        foreach (var subject in subjects.Cast<object?>().Append(null))
        {
            string?[]? exceptions = null;
            var expected = workflow.Plan.EvaluateRuleByRule([subject], ref exceptions);
            Assert.All(AllTiers(workflow.Plan, compiled, [subject]), tier => Assert.Equal(expected, tier));
        }
    }

    [Fact]
    public void Chunks_run_their_code_for_present_inputs_only_when_every_input_they_read_is_present()
    {
        var options = TestRules.Options(o => o.Inputs.Add(new RuleInput("other", typeof(TestSubject))));
        var workflow = TestRules.Load(
            """
            {"RuleName":"Both","Expression":"subject.Age > 3 && other.Age > 3"},
            {"RuleName":"Either","Expression":"subject.Age > 3 || other.Age > 3"},
            {"RuleName":"NoSubject","Expression":"subject == null"},
            {"RuleName":"Named","Expression":"other.Name != null && other.Name.StartsWith(\"A\")"},
            {"RuleName":"Items","Expression":"subject.Items.Any(i => i.Size > other.Score)"}
            """,
            options);
        var compiled = CompiledChunks(workflow.Plan);
        var subject = new TestSubject { Age = 5, Items = [new TestItem { Size = 2 }] };
        var other = new TestSubject { Age = 1, Name = "Ann", Score = 1 };
        object?[][] cases = [[subject, other], [null, other], [subject, null], [null, null]];
        foreach (var args in cases)
        {
            string?[]? exceptions = null;
            var expected = workflow.Plan.EvaluateRuleByRule(args, ref exceptions);
            Assert.Null(exceptions);
            Assert.All(AllTiers(workflow.Plan, compiled, args), tier => Assert.Equal(expected, tier));
        }

        // Every input present: decided; subject missing: Unknown where it could matter (False && Unknown is False).
        Assert.Equal([1, 2, 1, 2, 2], RunChunks(compiled, [subject, other]));
        Assert.Equal([1, 3, 2, 2, 3], RunChunks(compiled, [null, other]));
    }

    [Fact]
    public void After_the_tier_up_the_code_for_a_missing_input_is_compiled_when_first_needed_and_the_first_tier_serves_meanwhile()
    {
        var workflow = TestRules.Load("""{"RuleName":"Old","Expression":"subject.Age > 65"},{"RuleName":"Missing","Expression":"subject == null"}""");
        var present = new TestSubject { Age = 70 };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!workflow.Plan.IsCompiled && DateTime.UtcNow < deadline)
        {
            workflow.Evaluate(present);
            Thread.Sleep(1);
        }

        Assert.True(workflow.Plan.IsCompiled);
        Assert.NotNull(workflow.Plan.TryEvaluateCompiled([present]));
        string?[]? exceptions = null;
        var expected = workflow.Plan.EvaluateRuleByRule([null], ref exceptions);

        // The tier-up compiled the code for present inputs only: a null input declines it and queues the rest.
        Assert.Null(workflow.Plan.TryEvaluateCompiled([null]));
        Assert.Equal([RuleOutcome.Unknown, RuleOutcome.Met], workflow.Evaluate((object?)null).Results.Select(r => r.Outcome));
        byte[]? compiled = null;
        while (compiled is null && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(1);
            compiled = workflow.Plan.TryEvaluateCompiled([null]);
        }

        Assert.Equal(expected, compiled);
        Assert.Equal([RuleOutcome.Unknown, RuleOutcome.Met], workflow.Evaluate((object?)null).Results.Select(r => r.Outcome));
    }

    private static IEnumerable<int> RunChunks(CompiledPlanChunk[] compiled, object?[] args)
    {
        var outcomes = new byte[5];
        foreach (var chunk in compiled)
        {
            Assert.True(chunk.TryRun(args, outcomes));
        }

        return outcomes.Select(b => (int)b);
    }

    [Fact]
    public void A_rule_that_throws_falls_back_to_rule_by_rule_so_only_that_rule_is_unknown()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 1"},{"RuleName":"S","Expression":"subject.Faulty > 1"},{"RuleName":"T","Expression":"subject.Age < 1"}""");
        var subject = new TestSubject { Age = 5 };
        var interpreted = workflow.Evaluate(subject).Results;
        workflow.Plan.CompileNow();

        Assert.True(workflow.Plan.IsCompiled);
        Assert.Null(workflow.Plan.TryEvaluateCompiled([subject]));
        var results = workflow.Evaluate(subject).Results;

        Assert.Equal([RuleOutcome.Met, RuleOutcome.Unknown, RuleOutcome.NotMet], results.Select(r => r.Outcome));
        Assert.Contains("sensor offline", results[1].ExceptionMessage);
        Assert.Equal(results.Select(r => (r.Outcome, r.ExceptionMessage)), interpreted.Select(r => (r.Outcome, r.ExceptionMessage)));
    }

    [Fact]
    public void Many_rules_compile_into_bounded_chunks_that_agree_with_rule_by_rule_evaluation()
    {
        // 200 rules in the plain test run (four chunks or more), 3,000 under SPINETRIAGE_DEEP=1 (about 30 s).
        var count = TestDepth.Count(quick: 200, deep: 3_000);
        var rules = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            rules.Append(i == 0 ? "" : ",").Append($$"""{"RuleName":"R{{i}}","Expression":"subject.Age > {{i % 97}} && (subject.Score == null || subject.Score < {{i % 13}}.5)"}""");
        }

        var workflow = TestRules.Load(rules.ToString());
        var subject = new TestSubject { Age = 50, Score = 6 };

        workflow.Plan.CompileNow();

        Assert.InRange(workflow.Plan.ChunkCount, 3, count / 10);
        string?[]? exceptions = null;
        var expected = workflow.Plan.EvaluateRuleByRule([subject], ref exceptions);
        Assert.All(AllTiers(workflow.Plan, CompiledChunks(workflow.Plan), [subject]), tier => Assert.Equal(expected, tier));
        Assert.Equal(expected, workflow.Plan.TryEvaluateCompiled([subject]));
    }
}
