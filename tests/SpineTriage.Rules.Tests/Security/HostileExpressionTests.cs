using System.Text.Json;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Security;

// Every hostile expression is refused at load with a located diagnostic, or evaluates to a defined result; nothing else escapes.
public sealed class HostileExpressionTests
{
    private static readonly WorkloadCase[] Cases =
    [
        new WorkloadCase(),
        WorkloadCase.Random(new Random(1), 0.0),
        WorkloadCase.Random(new Random(2), 1.0),
        WorkloadCase.Random(new Random(3), 0.3),
    ];

    public static TheoryData<string> Names => [.. HostileExpressionCorpus.All.Select(e => e.Name)];

    [Fact]
    public void The_corpus_has_at_least_fifty_distinct_entries()
    {
        Assert.True(HostileExpressionCorpus.All.Count >= 50);
        Assert.Equal(HostileExpressionCorpus.All.Count, Names.Count);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_expression_is_refused_at_load_or_evaluates_to_a_defined_result(string name)
    {
        var entry = HostileExpressionCorpus.All.Single(e => e.Name == name);
        var json = WorkflowWith(entry);
        var result = RuleSet.TryLoad([new RuleSource("hostile.json", json)], TwentyRuleWorkload.Options());

        if (entry.Verdict == HostileVerdict.Refused)
        {
            AssertRefused(entry, json, result);
        }
        else
        {
            AssertEvaluates(entry, json, result);
        }
    }

    [Theory]
    [InlineData("(", "true", ")")]
    [InlineData("!", "true", "")]
    [InlineData("-", "1 > 0", "")]
    [InlineData("patient.Age > 0 ? true : ", "false", "")]
    [InlineData("(1 + ", "1) > 0", ")")]
    [InlineData("true && (", "true", ")")]
    [InlineData("patient.Levels.Any(l => ", "true", ")")]
    public void Nesting_100000_deep_with_every_limit_lifted_ends_in_a_diagnostic_not_a_stack_overflow(string open, string middle, string close)
    {
        var expression = string.Concat(Enumerable.Repeat(open, 100_000)) + middle + string.Concat(Enumerable.Repeat(close, 100_000));
        var options = TwentyRuleWorkload.Options();
        options.Limits = new RuleLimits
        {
            MaxFileBytes = long.MaxValue, MaxExpressionLength = int.MaxValue, MaxExpressionDepth = int.MaxValue,
            MaxExpandedExpressionSize = int.MaxValue, MaxExpandedExpressionDepth = int.MaxValue,
        };

        var result = RuleSet.TryLoad([new RuleSource("hostile.json", WorkflowWith(new HostileExpression("deep", expression, HostileVerdict.Refused)))], options);

        Assert.False(result.Succeeded);
        Assert.All(result.Problems, AssertLocatedAndReadable);
        Assert.Contains(result.Problems, d => d.Code == "SPR502");
    }

    [Fact]
    public void Left_associative_chain_of_100000_terms_stops_at_the_depth_limit_when_the_length_limit_is_lifted()
    {
        var expression = string.Concat(Enumerable.Repeat("patient.Age + ", 100_000)) + "1 > 0";
        var options = TwentyRuleWorkload.Options();
        options.Limits.MaxExpressionLength = int.MaxValue;

        var result = RuleSet.TryLoad([new RuleSource("hostile.json", WorkflowWith(new HostileExpression("chain", expression, HostileVerdict.Refused)))], options);

        Assert.All(result.Problems, AssertLocatedAndReadable);
        Assert.Contains(result.Problems, d => d.Code == "SPR501");
    }

    internal static string WorkflowWith(HostileExpression entry)
    {
        var workflow = new Dictionary<string, object>
        {
            ["WorkflowName"] = "Hostile",
            ["GlobalParams"] = entry.GlobalParams.Select(p => new { Name = p.Name, Expression = p.Expression }).ToArray(),
            ["Rules"] = new object[]
            {
                new { RuleName = "Condition", Expression = entry.Expression },
                new { RuleName = "Output", Expression = "true", Actions = new { OnSuccess = new { Name = "OutputExpression", Context = new { Expression = entry.Expression } } } },
            },
        };
        return JsonSerializer.Serialize(new[] { workflow });
    }

    private static void AssertRefused(HostileExpression entry, string json, RuleSetLoadResult result)
    {
        Assert.False(result.Succeeded, $"'{entry.Name}' was accepted.");
        var errors = result.Problems.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, AssertLocatedAndReadable);
        if (entry.Code is { } code)
        {
            Assert.True(errors.Any(d => d.Code == code), $"Expected {code} for '{entry.Name}', got: {string.Join(" | ", errors.Select(d => d.Code + " " + d.Message))}");
        }

        var thrown = Assert.Throws<RuleLoadException>(() => RuleSet.LoadJson(json, TwentyRuleWorkload.Options(), "hostile.json"));
        Assert.Equal(errors.Count, thrown.Problems.Count(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static void AssertEvaluates(HostileExpression entry, string json, RuleSetLoadResult result)
    {
        Assert.True(result.Succeeded, $"'{entry.Name}' was refused: {string.Join(" | ", result.Problems)}");
        var workflow = RuleSet.LoadJson(json, TwentyRuleWorkload.Options(), "hostile.json").GetWorkflow("Hostile");
        foreach (var patient in Cases)
        {
            var evaluation = workflow.Evaluate(patient);
            var condition = evaluation.Results[0];
            _ = (condition.MissingInputs, condition.ErrorMessage, condition.Explain(), evaluation.Results[1].ActionResult);
            if (entry.Outcome is { } outcome)
            {
                Assert.True(outcome == condition.Outcome, $"'{entry.Name}': expected {outcome}, got {condition.Outcome} ({condition.ExceptionMessage}).");
            }
        }
    }

    internal static void AssertLocatedAndReadable(Diagnostic diagnostic)
    {
        Assert.True(diagnostic.File == "hostile.json" && diagnostic.Line > 0 && diagnostic.Column > 0 && diagnostic.JsonPath is not null, diagnostic.ToString());
        Assert.Matches("^SPR[0-9]{3}$", diagnostic.Code);
        Assert.True(diagnostic.Message.Length is > 20 and < 2_000, $"Message length {diagnostic.Message.Length}: {diagnostic.Message[..Math.Min(200, diagnostic.Message.Length)]}");
        Assert.DoesNotContain(diagnostic.Message, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200B' or '\u200D' or '\uFEFF' or '\0');
    }
}
