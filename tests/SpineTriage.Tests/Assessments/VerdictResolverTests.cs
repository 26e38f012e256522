using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Assessments;

public sealed class VerdictResolverTests
{
    private static readonly string[] Verdicts = ["Urgent", "NotIndicated", "OptimizeFirst", "Appropriate", "AlternativesFirst"];

    private static VerdictResolution Resolve(string defaultVerdict, params (string Verdict, RuleOutcome Outcome)[] votes) =>
        VerdictResolver.Resolve(Verdicts, defaultVerdict, votes.Select(v => new VerdictVote(v.Verdict, v.Outcome)).ToArray());

    [Fact]
    public void The_most_precedent_met_verdict_wins()
    {
        var resolution = Resolve("AlternativesFirst", ("Appropriate", RuleOutcome.Met), ("OptimizeFirst", RuleOutcome.Met), ("Urgent", RuleOutcome.NotMet));

        Assert.Equal(new VerdictResolution("OptimizeFirst", "OptimizeFirst", null), resolution);
    }

    [Fact]
    public void Without_a_met_rule_the_default_wins()
    {
        Assert.Equal("AlternativesFirst", Resolve("AlternativesFirst", ("Appropriate", RuleOutcome.NotMet)).Verdict);
    }

    [Fact]
    public void An_unknown_rule_above_the_met_one_makes_the_verdict_incomplete_at_its_level()
    {
        var resolution = Resolve("AlternativesFirst", ("OptimizeFirst", RuleOutcome.Unknown), ("NotIndicated", RuleOutcome.Unknown), ("Appropriate", RuleOutcome.Met));

        Assert.Equal(new VerdictResolution("Incomplete", "Appropriate", "NotIndicated"), resolution);
    }

    [Fact]
    public void An_unknown_rule_below_the_met_one_changes_nothing()
    {
        Assert.Equal("NotIndicated", Resolve("AlternativesFirst", ("NotIndicated", RuleOutcome.Met), ("Appropriate", RuleOutcome.Unknown)).Verdict);
    }

    [Fact]
    public void An_unknown_rule_beside_a_met_rule_of_the_same_verdict_changes_nothing()
    {
        Assert.Equal("OptimizeFirst", Resolve("AlternativesFirst", ("OptimizeFirst", RuleOutcome.Unknown), ("OptimizeFirst", RuleOutcome.Met)).Verdict);
    }

    [Fact]
    public void An_unknown_rule_for_the_default_verdict_alone_changes_nothing()
    {
        Assert.Equal("AlternativesFirst", Resolve("AlternativesFirst", ("AlternativesFirst", RuleOutcome.Unknown), ("Urgent", RuleOutcome.NotMet)).Verdict);
    }

    [Fact]
    public void A_default_in_the_middle_is_incomplete_when_a_later_verdict_is_unknown()
    {
        var resolution = Resolve("NotIndicated", ("NotIndicated", RuleOutcome.Unknown), ("Appropriate", RuleOutcome.Unknown));

        Assert.Equal(new VerdictResolution("Incomplete", "NotIndicated", "NotIndicated"), resolution);
    }

    [Fact]
    public void No_rules_at_all_give_the_default()
    {
        Assert.Equal("Appropriate", Resolve("Appropriate").Verdict);
    }
}
