namespace SpineTriage.Rules.Tests.Evaluation;

// Issue 12, items 6 and 10: a rule that fails at run time is Unknown with the same ExceptionMessage in every tier
// (the walker before the tier-up, the compiled chunks after it), never a missing value.
public sealed class TierExceptionMessageTests
{
    public static TheoryData<string, string> Failing => new()
    {
        { "subject.Age * 2147483647 > 0", "OverflowException" },
        { "subject.Age + 2147483647 > 0", "OverflowException" },
        { "subject.Age / (subject.Age - 5) > 0", "DivideByZeroException" },
        { "subject.Age % (subject.Age - 5) == 0", "DivideByZeroException" },
        { "subject.Age / (subject.Age - 5) == null", "DivideByZeroException" },
        { "subject.Items.Count(i => i.Size / 0 > 1) == 0", "OverflowException|DivideByZeroException|" },
        { "Math.Abs(subject.Age - 5 - 2147483647 - 1) > 0", "OverflowException" },
        { "-(subject.Age - 5 - 2147483647 - 1) > 0", "OverflowException" },
        { "subject.Faulty > 1", "InvalidOperationException" },
        { "(subject.Name + subject.Name + subject.Name).Length > 0", "RuleLimits.MaxStringLength" },
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void A_failing_rule_gives_the_same_outcome_and_message_before_and_after_the_tier_up(string expression, string expected)
    {
        var options = TestRules.Options(o => o.Limits.MaxStringLength = 50);
        var workflow = TestRules.Load(
            System.Text.Json.JsonSerializer.Serialize(new { RuleName = "R", Expression = expression }) + ""","""
            + """{"RuleName":"S","Expression":"subject.Age > 1"}""",
            options);
        var subject = new TestSubject { Age = 5, Name = new string('n', 20), Items = [new TestItem { Size = 2 }] };

        var interpreted = Snapshot(workflow.Evaluate(subject));
        workflow.Plan.CompileNow();
        var compiled = Snapshot(workflow.Evaluate(subject));
        var outcomes = new RuleOutcome[2];
        workflow.EvaluateOutcomes(outcomes, subject);

        Assert.True(workflow.Plan.IsCompiled);
        Assert.Equal(interpreted, compiled);
        Assert.Equal([interpreted[0].Outcome, interpreted[1].Outcome], outcomes);
        Assert.Equal(RuleOutcome.Met, interpreted[1].Outcome);
        if (expected.Length > 0 && !expected.Contains('|', StringComparison.Ordinal))
        {
            Assert.Equal(RuleOutcome.Unknown, interpreted[0].Outcome);
            Assert.Empty(interpreted[0].Missing);
            Assert.Contains(expected, interpreted[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Division_by_zero_is_unknown_with_a_message_never_a_missing_value()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age / 0 == null"},{"RuleName":"S","Expression":"subject.Age / (subject.Age - 5) > 1"}""");

        var results = workflow.Evaluate(new TestSubject { Age = 5 }).Results;

        Assert.All(results, r =>
        {
            Assert.Equal(RuleOutcome.Unknown, r.Outcome);
            Assert.Contains("DivideByZeroException", r.ExceptionMessage, StringComparison.Ordinal);
            Assert.Empty(r.MissingInputs);
        });
    }

    private static List<(RuleOutcome Outcome, string? Message, string Missing)> Snapshot(WorkflowResult result) =>
        [.. result.Results.Select(r => (r.Outcome, r.ExceptionMessage, string.Join(",", r.MissingInputs)))];
}
