using SpineTriage.Rules.Tests.Evaluation;

namespace SpineTriage.Rules.Tests;

/// <summary>Evaluation with an inputs array handed over to the result: the same outcomes and details as <see cref="Workflow.Evaluate(object?[])"/>.</summary>
public sealed class WorkflowEvaluateOwnedTests
{
    private const string Rules = """
        {"RuleName":"Old","Expression":"subject.Age > 65"},
        {"RuleName":"Scored","Expression":"subject.Score > 3"}
        """;

    [Fact]
    public void The_outcomes_and_details_are_those_of_Evaluate()
    {
        var workflow = TestRules.Load(Rules);
        var subject = new TestSubject { Age = 70 };

        var owned = workflow.EvaluateOwned([subject]);
        var copied = workflow.Evaluate(subject);

        Assert.Equal(copied.Results.Select(r => r.Outcome), owned.Results.Select(r => r.Outcome));
        Assert.Equal(["subject.Score"], owned.ResultOf(1).MissingInputs);
        Assert.Equal("subject.Score > 3.0", owned.ResultOf(1).Residual!.ToString());
    }

    [Fact]
    public void Inputs_that_do_not_match_the_rule_set_are_rejected()
    {
        var workflow = TestRules.Load(Rules);

        Assert.Throws<ArgumentNullException>(() => workflow.EvaluateOwned(null!));
        Assert.Throws<ArgumentException>(() => workflow.EvaluateOwned([]));
        Assert.Throws<ArgumentException>(() => workflow.EvaluateOwned(["not a subject"]));
    }
}
