using System.Linq.Expressions;
using System.Text;
using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>
/// The maker of the second tier's code (<see cref="PlanCompiler"/>): chunks of about <see cref="PlanCompiler.ChunkBudget"/>
/// expression nodes in rule order, code for present inputs where an input can be null, and the chunks together fill every
/// outcome as rule-by-rule evaluation does. (<see cref="CompiledPlanTests"/> checks every tier against the others.)
/// </summary>
public sealed class PlanCompilerTests
{
    [Fact]
    public void Chunks_stay_near_the_budget_and_only_the_last_is_smaller_than_it()
    {
        // 200 rules in the plain test run (more than one chunk), 400 under SPINETRIAGE_DEEP=1: each
        // chunk is compiled twice (present inputs and any inputs), which is most of this test's time.
        var plan = Generated(TestDepth.Count(quick: 200, deep: 400)).Plan;

        var chunks = plan.BuildChunks();
        var sizes = chunks.Select(c => Size(c.Present ?? (LambdaExpression)c.AnyInputs!)).ToList();

        Assert.True(chunks.Length >= 3, $"{chunks.Length} chunk(s) for 400 rules");
        Assert.All(sizes.SkipLast(1), size => Assert.InRange(size, PlanCompiler.ChunkBudget / 2, PlanCompiler.ChunkBudget * 2));
        Assert.True(sizes[^1] <= PlanCompiler.ChunkBudget * 2);
    }

    [Fact]
    public void A_workflow_whose_input_can_be_null_gets_code_for_present_inputs_and_code_for_any_inputs_on_demand()
    {
        var chunk = Assert.Single(TwentyRulePlan().BuildChunks());

        Assert.NotNull(chunk.Present);
        Assert.Null(chunk.AnyInputs);
        Assert.NotNull(chunk.BuildAnyInputs());
    }

    [Fact]
    public void A_chunks_code_for_any_inputs_comes_in_parts_that_stay_near_their_budget()
    {
        // The code for any inputs branches at every read and operator: as one lambda per chunk, the largest went past the
        // size at which the JIT stops optimizing a method.
        var chunk = Generated(200).Plan.BuildChunks()[0];

        var parts = chunk.BuildAnyInputs();

        Assert.True(parts.Length >= 2, $"{parts.Length} part(s) of the first chunk's code for any inputs");
        Assert.All(parts, part => Assert.InRange(Size(part), 1, PlanCompiler.AnyInputsPartBudget * 2));
    }

    [Fact]
    public void Running_every_chunk_fills_every_outcome_as_rule_by_rule_evaluation_does()
    {
        // 200 rules in the plain test run (more than one chunk), 400 under SPINETRIAGE_DEEP=1: each
        // chunk is compiled twice (present inputs and any inputs), which is most of this test's time.
        var plan = Generated(TestDepth.Count(quick: 200, deep: 400)).Plan;
        var compiled = plan.BuildChunks().Select(c => c.Compile(anyInputsToo: true)).ToArray();
        Assert.True(compiled.Length >= 2, $"{compiled.Length} chunk(s): the outcomes must come from more than one");

        for (var seed = 0; seed < 20; seed++)
        {
            var args = new object?[] { new TestSubject { Age = seed * 5, Score = seed % 3 == 0 ? null : seed % 13 } };
            string?[]? exceptions = null;
            var expected = plan.EvaluateRuleByRule(args, ref exceptions);
            var outcomes = new byte[expected.Length];
            foreach (var chunk in compiled)
            {
                chunk.CompileAnyInputs();
                Assert.True(chunk.TryRun(args, outcomes));
            }

            Assert.Equal(expected, outcomes);
        }
    }

    private static EvaluationPlan TwentyRulePlan() =>
        RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName).Plan;

    private static Workflow Generated(int count)
    {
        var rules = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            rules.Append(i == 0 ? "" : ",").Append($$"""{"RuleName":"R{{i}}","Expression":"subject.Age > {{i % 97}} && (subject.Score == null || subject.Score < {{i % 13}}.5)"}""");
        }

        return TestRules.Load(rules.ToString());
    }

    private static int Size(Expression expression)
    {
        var counter = new NodeCounter();
        counter.Visit(expression);
        return counter.Count;
    }

    private sealed class NodeCounter : ExpressionVisitor
    {
        public int Count { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                Count++;
            }

            return base.Visit(node);
        }
    }
}
