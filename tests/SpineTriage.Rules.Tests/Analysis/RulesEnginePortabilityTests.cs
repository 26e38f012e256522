using SpineTriage.Rules.Tests.Evaluation;

namespace SpineTriage.Rules.Tests.Analysis;

/// <summary>The forms RulesEngine 6.0.1 cannot parse (each tried on it: docs/rulesengine-compatibility.md), flagged; their portable forms, not.</summary>
public sealed class RulesEnginePortabilityTests
{
    public static TheoryData<string, bool> Expressions => new()
    {
        { "s.Grades.Contains(\"High\")", true },
        { "s.Grades.Contains(\"High\") || s.Whole > 1", true },
        { "s.Grades.Any(g => g == \"High\")", false },
        { "s.Names.Contains(\"x\")", false },
        { "s.Names.Any(n => n.Contains(\"x\"))", false },
        { "s.Count * 2.5 > 5", true },
        { "s.Count > 2.5", true },
        { "s.Count in (1.5, 2)", true },
        { "s.Count * 2 > 5", false },
        { "s.Count > limit", false },
        { "s.Score > 2.5", false },
        { "s.Flag", true },
        { "!s.Flag", true },
        { "s.Flag && s.Whole > 1", true },
        { "s.Whole > 1 || s.Flag", true },
        { "s.Items.Any(i => i.Done)", true },
        { "s.Flag == true", false },
        { "s.Items.Any(i => i.Done == true)", false },
        { "s.Grade > \"Low\"", true },
        { "s.Grade in (\"Low\", \"High\")", true },
        { "s.Grade == \"Low\" || s.Grade != \"High\"", false },
        { "s.Kind > \"Low\"", false },
        { "s.Kind in (\"Low\", \"High\")", false },
        { "Math.Abs(s.Score) > 1", true },
        { "Math.Max(s.Count, 3) == 3", true },
        { "Math.Abs(s.Score ?? 0) > 1", false },
        { "Math.Abs(s.Whole) > 1", false },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void A_form_RulesEngine_cannot_parse_is_flagged_once_and_its_portable_form_is_not(string expression, bool flagged)
    {
        var warnings = Check($$"""{"RuleName":"R","Expression":{{System.Text.Json.JsonSerializer.Serialize(expression)}}}""");

        Assert.Equal(flagged ? 1 : 0, warnings.Count);
        Assert.All(warnings, w => Assert.True(w is { Code: "SPR805", Severity: DiagnosticSeverity.Warning, RuleName: "R", WorkflowName: "W", File: "w.json", Line: > 0 }, w.ToString()));
    }

    [Fact]
    public void A_global_parameter_is_flagged_where_it_is_declared_and_a_nullable_one_where_it_is_used_as_a_condition()
    {
        var warnings = Check(
            """{"RuleName":"UsesFlag","Expression":"flag"},{"RuleName":"UsesBig","Expression":"big"},{"RuleName":"Plain","Expression":"s.Whole > 1"}""",
            ""","GlobalParams":[{"Name":"flag","Expression":"s.Flag"},{"Name":"big","Expression":"s.Count > 2.5"},{"Name":"limit","Expression":"2.5"}]""");

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.RuleName is null && w.Message.StartsWith("Global parameter 'big'", StringComparison.Ordinal) && w.JsonPath == "$.GlobalParams[1]");
        Assert.Contains(warnings, w => w.RuleName == "UsesFlag" && w.Message.Contains("'flag == true'", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_rules_are_checked()
    {
        var warnings = Check("""{"RuleName":"Outer","Operator":"And","Rules":[{"RuleName":"Inner","Expression":"s.Grades.Contains(\"Low\")"},{"RuleName":"Fine","Expression":"s.Whole > 1"}]}""");

        Assert.Equal("Inner", Assert.Single(warnings).RuleName);
    }

    private static IReadOnlyList<Diagnostic> Check(string rules, string extra = ""","GlobalParams":[{"Name":"limit","Expression":"2.5"}]""")
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("s", typeof(PortabilitySubject)));
        var load = RuleSet.TryLoad([new RuleSource("w.json", TestRules.Workflow(rules, extra))], options);
        Assert.True(load.Succeeded, string.Join(Environment.NewLine, load.Problems));
        return RulesEnginePortability.Check(load);
    }

    public enum Level
    {
        Low,
        High,
    }

    public sealed class PortabilitySubject
    {
        public int? Count { get; set; }

        public int Whole { get; set; }

        public double? Score { get; set; }

        public bool? Flag { get; set; }

        public Level? Grade { get; set; }

        public Level Kind { get; set; }

        public List<Level> Grades { get; set; } = [];

        public List<string> Names { get; set; } = [];

        public List<PortabilityItem> Items { get; set; } = [];
    }

    public sealed class PortabilityItem
    {
        public bool? Done { get; set; }
    }
}
