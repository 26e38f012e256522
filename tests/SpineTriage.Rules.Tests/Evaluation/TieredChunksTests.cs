using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>A second tier that cannot be made leaves the first tier serving and tells the host (RuleSetOptions.TierUpFailed).</summary>
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
}
