namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class ResidualConditionInputsTests
{
    [Fact]
    public void A_residual_over_a_whole_missing_list_names_the_list_apart_from_the_single_values()
    {
        var workflow = TestRules.Load("""{"RuleName":"Large","Expression":"subject.Items.Any(i => i.Size > 2) && subject.Score > 3"}""");

        var residual = workflow.Evaluate(new TestSubject { Age = 40, Items = null! }).ResultOf(0).Residual!;

        Assert.True(residual.ReadsWholeInputs);
        Assert.Equal(["subject.Items"], residual.WholeInputs);
        Assert.Equal(["subject.Score"], residual.ValueInputs);
    }

    [Fact]
    public void A_residual_over_single_values_reads_nothing_whole()
    {
        var workflow = TestRules.Load("""{"RuleName":"Scored","Expression":"subject.Score > 3 || subject.Score < 1 || subject.Name == \"x\""}""");

        var residual = workflow.Evaluate(new TestSubject { Age = 40 }).ResultOf(0).Residual!;

        Assert.False(residual.ReadsWholeInputs);
        Assert.Empty(residual.WholeInputs);
        Assert.Equal(["subject.Score", "subject.Name"], residual.ValueInputs);
    }

    [Fact]
    public void A_constant_residual_reads_no_inputs()
    {
        var workflow = TestRules.Load("""{"RuleName":"Broken","Expression":"subject.Faulty > subject.Score"}""");

        var residual = workflow.Evaluate(new TestSubject()).ResultOf(0).Residual!;

        Assert.False(residual.ReadsWholeInputs);
        Assert.Empty(residual.WholeInputs);
        Assert.Empty(residual.ValueInputs);
    }
}
