using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>
/// The second tier (<see cref="TieredChunks"/>): made in the background after a number of evaluations, the first tier
/// serving meanwhile; built once; and when it cannot be made, the first tier keeps serving and the host is told
/// (RuleSetOptions.TierUpFailed).
/// </summary>
public sealed class TieredChunksTests
{
    [Fact]
    public void A_failed_tier_up_is_told_and_the_first_tier_keeps_serving()
    {
        var told = new List<Exception>();
        var chunks = new TieredChunks(() => throw new InvalidOperationException("no code today"), told.Add, tierUpAfter: 1);

        chunks.Compile(anyInputsToo: false);

        var failure = Assert.Single(told);
        Assert.Equal("no code today", failure.Message);
        Assert.False(chunks.IsCompiled);
        Assert.False(chunks.TryRun([], new byte[1]));
    }

    [Fact]
    public void A_failed_compilation_of_the_code_for_missing_inputs_is_told()
    {
        var told = new List<Exception>();
        var chunk = new CompiledPlanChunk(present: null, anyInputs: null, () => throw new InsufficientExecutionStackException("deep"), told.Add);

        chunk.CompileAnyInputs();

        Assert.IsType<InsufficientExecutionStackException>(Assert.Single(told));
        Assert.False(chunk.HasAnyInputsCode);
    }

    [Fact]
    public void A_callback_that_throws_does_not_escape_the_compiling_thread()
    {
        var chunks = new TieredChunks(() => throw new InvalidOperationException("no code"), _ => throw new NotSupportedException("host bug"), tierUpAfter: 1);

        var thrown = Record.Exception(() => chunks.Compile(anyInputsToo: false));

        Assert.Null(thrown);
        Assert.False(chunks.IsCompiled);
    }

    [Fact]
    public void The_loaded_plan_tells_the_host_callback_with_its_workflow_name()
    {
        var told = new List<(string Workflow, Exception Exception)>();
        var options = TwentyRuleWorkload.Options();
        options.TierUpFailed = (workflow, exception) => told.Add((workflow, exception));
        var plan = RuleSet.LoadJson(TwentyRuleWorkload.Json, options).GetWorkflow(TwentyRuleWorkload.WorkflowName).Plan;
        var failure = new OutOfMemoryException("code heap");

        Assert.NotNull(plan.TierUpFailed);
        plan.TierUpFailed(failure);

        var (workflow, exception) = Assert.Single(told);
        Assert.Equal(TwentyRuleWorkload.WorkflowName, workflow);
        Assert.Same(failure, exception);
    }

    [Fact]
    public void Without_a_callback_the_plan_has_nobody_to_tell()
    {
        var plan = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName).Plan;

        Assert.Null(plan.TierUpFailed);
    }

    [Fact]
    public void Before_the_tier_up_every_run_declines_and_the_build_is_queued_once_after_the_given_number_of_evaluations()
    {
        var builds = 0;
        using var built = new ManualResetEventSlim();
        var chunks = new TieredChunks(
            () =>
            {
                Interlocked.Increment(ref builds);
                built.Set();
                return [];
            },
            tierUpAfter: 3);

        Assert.False(chunks.TryRun([], new byte[1]));
        Assert.False(chunks.TryRun([], new byte[1]));
        Assert.False(built.IsSet);
        Assert.False(chunks.TryRun([], new byte[1]));
        Assert.True(built.Wait(TimeSpan.FromSeconds(30)), "the tier-up was not queued after the third evaluation");
        Poll.Until(() => chunks.IsCompiled, TimeSpan.FromSeconds(30));

        Assert.True(chunks.IsCompiled);
        Assert.True(chunks.TryRun([], new byte[1]));
        for (var i = 0; i < 10; i++)
        {
            chunks.TryRun([], new byte[1]);
        }

        Assert.Equal(1, Volatile.Read(ref builds));
    }

    [Fact]
    public void Compiling_now_builds_once_and_the_compiled_chunks_fill_the_outcomes_as_the_first_tier_would()
    {
        var plan = RuleSet.LoadJson(TwentyRuleWorkload.Json, TwentyRuleWorkload.Options()).GetWorkflow(TwentyRuleWorkload.WorkflowName).Plan;
        var builds = 0;
        var chunks = new TieredChunks(() =>
        {
            builds++;
            return plan.BuildChunks();
        });
        var args = new object?[] { WorkloadCase.Random(new Random(7), nullRate: 0.3) };
        string?[]? exceptions = null;
        var expected = plan.EvaluateRuleByRule(args, ref exceptions);

        chunks.CompileNow();
        chunks.CompileNow();
        chunks.Compile(anyInputsToo: false);
        var outcomes = new byte[expected.Length];

        Assert.Equal(1, builds);
        Assert.Equal(plan.BuildChunks().Length, chunks.Count);
        Assert.True(chunks.TryRun(args, outcomes));
        Assert.Equal(expected, outcomes);
    }
}
