using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Tests.Expressions;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>
/// Issue 12, item 10, at the level a host sees: random rules (leaves and a nested And/Or of them) evaluated in every tier
/// give the same outcome and the same <see cref="RuleResult.ExceptionMessage"/> per rule: the first tier (the walker, before
/// the tier-up), each rule compiled alone, the JIT-compiled chunks after the tier-up (with their rule-by-rule fallback when a
/// rule throws), and the outcomes-only path. Generated expressions overflow, divide by zero and read hostile getters.
/// </summary>
public sealed class TierMessageProperties
{
    /// <summary>Conditions that fail at run time for some people: integer and decimal division by zero, integer overflow.</summary>
    private static readonly Gen<string> Failing = Gen.OneOf(
        Gen.Choose(0, 9).Select(k => $"person.Visits / (person.Visits - {k}) > 1"),
        Gen.Choose(0, 9).Select(k => $"person.Visits % (person.Visits - {k}) == 0"),
        Gen.Elements("person.Dose / (person.Dose - 1.25m) > 0", "person.Dose / person.Dose == 1m"),
        Gen.Elements("person.Age * 2147483647 * 2 > 0", "person.Visits + 2147483647 > 0", "Math.Abs(person.Visits - 2147483647 - 2) > 0", "-(person.Visits - 2147483647 - 2) > 0"),
        Gen.Elements("person.Scores.Any(s => 10 / s > 2)", "person.Segments.Count(s => s.Height / (s.Height - 1) > 0) > 0"));

    /// <summary>Generated conditions, failing ones, and the two combined (so short-circuits decide whether a failure is reached).</summary>
    private static readonly Gen<string> Conditions = Gen.Frequency(
    [
        (2, TypedExpressionGenerators.Conditions(nullTests: true)),
        (1, Failing),
        (2, Gen.Zip(Gen.Zip(TypedExpressionGenerators.Conditions(nullTests: true), Failing), Gen.Elements("&&", "||", "==")).Select(t => $"({t.Item1.Item1}) {t.Item2} ({t.Item1.Item2})")),
        (1, Gen.Zip(Gen.Zip(Failing, TypedExpressionGenerators.Conditions(nullTests: true)), Gen.Elements("&&", "||")).Select(t => $"({t.Item1.Item1}) {t.Item2} ({t.Item1.Item2})")),
    ]);

    private static readonly Arbitrary<(string[] Conditions, Person Person, bool TwoValued, NestedRuleExecutionMode Mode)> Cases =
        Conditions.ArrayOf(4)
            .SelectMany(conditions => PersonGenerators.People.SelectMany(person => Gen.Zip(Gen.Elements(true, false), Gen.Elements(NestedRuleExecutionMode.All, NestedRuleExecutionMode.Performance))
                .Select(settings => (conditions, person, settings.Item1, settings.Item2))))
            .ToArbitrary();

    [ReplayableProperty(quick: 12, deep: 400)]
    public Property Every_tier_gives_the_same_outcomes_and_exception_messages() =>
        Prop.ForAll(Cases, testCase =>
        {
            var workflow = Load(testCase.Conditions, testCase.TwoValued, testCase.Mode);
            object?[] args = [testCase.Person, null, null];

            var firstTier = Snapshot(workflow.Evaluate(args));
            string?[]? exceptions = null;
            var ruleByRuleOutcomes = workflow.Plan.EvaluateRuleByRule(args, ref exceptions);
            var ruleByRule = Enumerable.Range(0, workflow.Rules.Count)
                .Select(i => ((RuleOutcome)(ruleByRuleOutcomes[i] - 1), exceptions?[i])).ToList();
            workflow.Plan.CompileNow();
            var compiled = Snapshot(workflow.Evaluate(args));
            var outcomesOnly = new RuleOutcome[workflow.Rules.Count];
            workflow.EvaluateOutcomes(outcomesOnly, args);

            var label = $"{string.Join(" | ", testCase.Conditions)} ({(testCase.TwoValued ? "two" : "three")}-valued, {testCase.Mode})\n first tier {Show(firstTier)}\n rule by rule {Show(ruleByRule)}\n compiled {Show(compiled)}";
            return (workflow.Plan.IsCompiled
                && firstTier.SequenceEqual(ruleByRule)
                && firstTier.SequenceEqual(compiled)
                && firstTier.Select(r => r.Outcome).SequenceEqual(outcomesOnly)).Label(label);
        });

    [Fact]
    public void The_generated_rules_fail_at_run_time_often_enough_to_test_the_messages()
    {
        var gen = Conditions.ArrayOf(4)
            .SelectMany(conditions => PersonGenerators.People.Select(person => (conditions, person)));
        var failing = gen.Sample(200, 20).Count(c =>
            Load(c.conditions, twoValued: false).Evaluate(c.person, null, null).Results.Any(r => r.ExceptionMessage is not null));

        Assert.True(failing >= 5, $"{failing} of 20 generated cases had a rule that threw.");
    }

    [Fact]
    public void An_overflow_gives_the_same_message_before_and_after_the_background_tier_up()
    {
        // The issue's report: a message for the first 30 evaluations and none after the tier-up.
        var workflow = Load(["person.Visits + 2147483647 > 0", "person.Age > 1", "person.Age > 2", "person.Age > 3"], twoValued: false);
        var person = new Person { Age = 40, Visits = 5 };
        var first = Snapshot(workflow.Evaluate(person, null, null));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!workflow.Plan.IsCompiled && DateTime.UtcNow < deadline)
        {
            workflow.Evaluate(person, null, null);
            Thread.Sleep(1);
        }

        Assert.True(workflow.Plan.IsCompiled);
        Assert.NotNull(first[0].Message);
        Assert.Equal(first, Snapshot(workflow.Evaluate(person, null, null)));
    }

    private static Workflow Load(string[] conditions, bool twoValued, NestedRuleExecutionMode mode = NestedRuleExecutionMode.All)
    {
        var rules = conditions.Select((text, i) => Leaf($"R{i}", text)).ToList();
        rules.Add($$"""{"RuleName":"Both","Operator":"And","Rules":[{{Leaf("Both0", conditions[0])}},{{Leaf("Both1", conditions[1])}}]}""");
        rules.Add($$"""{"RuleName":"Either","Operator":"Or","Rules":[{{Leaf("Either0", conditions[2])}},{{Leaf("Either1", conditions[3])}}]}""");
        var json = $$"""{"WorkflowName":"W","GlobalParams":[{"Name":"threshold","Expression":"65"},{"Name":"minBmi","Expression":"30.5"}],"Rules":[{{string.Join(",", rules)}}]}""";
        var options = new RuleSetOptions { TwoValuedLogic = twoValued, NestedRuleExecutionMode = mode };
        foreach (var input in ExpressionFixture.Inputs)
        {
            options.Inputs.Add(input);
        }

        options.CustomTypes.Add(typeof(HostFunctions));
        return RuleSet.LoadJson(json, options).GetWorkflow("W");
    }

    private static string Leaf(string name, string expression) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["RuleName"] = name, ["Expression"] = expression });

    private static List<(RuleOutcome Outcome, string? Message)> Snapshot(WorkflowResult result) =>
        [.. result.Results.Select(r => (r.Outcome, r.ExceptionMessage))];

    private static string Show(List<(RuleOutcome Outcome, string? Message)> results) =>
        string.Join("; ", results.Select(r => r.Message is null ? r.Outcome.ToString() : $"{r.Outcome} ({r.Message})"));
}
