using System.Text.Json;

namespace SpineTriage.Tests.RulePack;

public sealed class RulePackStructureTests
{
    private static readonly string[] Kinds = ["verdict", "redFlag", "warning", "info"];
    private static readonly string[] EvidenceLevels = ["1a", "1b", "1c", "2a", "2b", "2c", "3a", "3b", "4", "5"];

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryFiles.WorkflowFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static JsonElement Workflow(string file) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("rules", file))).RootElement;

    private static IEnumerable<JsonElement> AllRules(JsonElement rules) =>
        rules.EnumerateArray().SelectMany(r => r.TryGetProperty("Rules", out var children) ? AllRules(children).Prepend(r) : [r]);

    [Fact]
    public void The_pack_has_the_three_assessments_and_the_shared_red_flags()
    {
        Assert.Equal(["biologic-repair.json", "fusion-appropriateness.json", "red-flags.json", "revision-readiness.json"], RuleFiles());
        Assert.True(File.Exists(RepositoryFiles.PathOf("rules", "references.json")), "the pack's bibliography ships beside the workflows");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Every_rule_has_source_evidence_reason_kind_and_an_error_message(string file)
    {
        foreach (var rule in AllRules(Workflow(file).GetProperty("Rules")))
        {
            var name = rule.GetProperty("RuleName").GetString();
            var properties = rule.GetProperty("Properties");
            foreach (var key in new[] { "evidence", "reason", "kind" })
            {
                Assert.True(properties.TryGetProperty(key, out var value) && value.GetString()!.Length > 3, $"{file}: {name} lacks Properties.{key}");
            }

            var source = properties.GetProperty("source");
            var keys = source.ValueKind == JsonValueKind.Array ? source.EnumerateArray().Select(k => k.GetString()!).ToArray() : [source.GetString()!];
            Assert.True(keys.Length > 0 && keys.All(k => k.Length > 3), $"{file}: {name} cites no source");
            Assert.Contains(properties.GetProperty("kind").GetString(), Kinds);
            Assert.Contains(properties.GetProperty("evidenceLevel").GetString(), EvidenceLevels);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("ErrorMessage").GetString()), $"{file}: {name} lacks ErrorMessage");
            Assert.Equal("LambdaExpression", rule.GetProperty("RuleExpressionType").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Success_events_match_the_rule_kind_and_the_declared_verdicts(string file)
    {
        var workflow = Workflow(file);
        var settings = workflow.GetProperty("Properties").GetProperty("spinetriage");
        var verdicts = settings.TryGetProperty("verdicts", out var list) ? list.EnumerateArray().Select(v => v.GetString()).ToArray() : [];
        foreach (var rule in AllRules(workflow.GetProperty("Rules")))
        {
            var kind = rule.GetProperty("Properties").GetProperty("kind").GetString();
            var successEvent = rule.TryGetProperty("SuccessEvent", out var e) ? e.GetString() : null;
            switch (kind)
            {
                case "verdict":
                    Assert.Contains(successEvent, verdicts);
                    break;
                case "redFlag":
                    Assert.Equal("Urgent", successEvent);
                    break;
                default:
                    Assert.Null(successEvent);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("fusion-appropriateness.json", "fusion", "AlternativesFirst", "Urgent,NeedsWorkup,NotIndicated,OptimizeFirst,Appropriate,AlternativesFirst")]
    [InlineData("biologic-repair.json", "biologic", "NotCandidate", "NotCandidate,NeedsWorkup,ConservativeCareFirst,Candidate")]
    [InlineData("revision-readiness.json", "revision", "NotIndicated", "NotApplicable,Urgent,NotIndicated,OptimizeFirst,Ready")]
    public void Assessments_declare_the_design_verdict_order_default_and_red_flag_injection(string file, string assessment, string defaultVerdict, string verdicts)
    {
        var workflow = Workflow(file);
        var settings = workflow.GetProperty("Properties").GetProperty("spinetriage");

        Assert.Equal(assessment, settings.GetProperty("assessment").GetString());
        Assert.Equal(defaultVerdict, settings.GetProperty("default").GetString());
        Assert.Equal(verdicts.Split(','), settings.GetProperty("verdicts").EnumerateArray().Select(v => v.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(settings.GetProperty("defaultReason").GetString()));
        Assert.True(settings.GetProperty("nextSteps").TryGetProperty("Incomplete", out _));
        Assert.Equal(["RedFlags"], workflow.GetProperty("WorkflowsToInject").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public void A_global_parameter_has_the_same_value_in_every_workflow_that_declares_it()
    {
        var declarations = new[] { "fusion-appropriateness.json", "biologic-repair.json", "revision-readiness.json" }
            .SelectMany(f => Workflow(f).GetProperty("GlobalParams").EnumerateArray())
            .GroupBy(g => g.GetProperty("Name").GetString());

        foreach (var group in declarations)
        {
            Assert.Single(group.Select(g => g.GetProperty("Expression").GetString()).Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Rule_expressions_use_threshold_names_not_numbers(string file)
    {
        foreach (var rule in AllRules(Workflow(file).GetProperty("Rules")))
        {
            var expression = rule.GetProperty("Expression").GetString()!;
            var numbers = System.Text.RegularExpressions.Regex.Matches(expression, @"(?<![\w.\[])\d+(\.\d+)?").Select(m => m.Value);

            // Modic type 3 is a category (sclerotic endplates), not a threshold.
            Assert.All(numbers, n => Assert.True(n == "3" && expression.Contains("ModicType == 3", StringComparison.Ordinal), $"{rule.GetProperty("RuleName")}: literal {n}"));
        }
    }
}
