using SpineTriage.Checking;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Checking;

public sealed class RulePackCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string json, bool withWarnings = true) =>
        RulePackCheck.Check([new RuleSource("pack.json", json)], [], withWarnings).Diagnostics;

    [Fact]
    public void The_library_refuses_three_mistakes_with_three_located_errors()
    {
        var directory = RuleFileWithMistakes.WriteToNewDirectory();
        try
        {
            var exception = Assert.Throws<RuleLoadException>(() => TriageEngine.Create(new TriageOptions { RulesDirectory = directory }));

            var errors = exception.Problems.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.Equal(["SPR301", "SPR304", "SPT007"], errors.Select(e => e.Code));
            Assert.Equal([5, 7, 9], errors.Select(e => e.Line));
            Assert.All(errors, e => Assert.True(e.Column > 0 && e.File == "mistakes.json"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_library_and_validate_report_the_same_errors()
    {
        var check = Check(RuleFileWithMistakes.Json, withWarnings: false);
        var withWarnings = Check(RuleFileWithMistakes.Json);

        Assert.Equal(check.Where(d => d.Severity == DiagnosticSeverity.Error), withWarnings.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_workflow_setting_error_has_the_line_and_column_of_the_setting()
    {
        var json = RuleFileWithMistakes.Json.Replace("\"default\": \"Appropriate\"", "\"default\": \"Apropriate\"", StringComparison.Ordinal);

        var problem = Assert.Single(Check(json), d => d.Code == "SPT005");

        Assert.Equal((3, 118), (problem.Line, problem.Column));
        Assert.Equal("$.Properties.spinetriage.default", problem.JsonPath);
        Assert.Contains("Did you mean 'Appropriate'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_no_rule_gives_is_a_warning_at_its_place_in_the_verdicts()
    {
        var json = """
            { "WorkflowName": "W", "Properties": { "spinetriage": { "assessment": "a", "verdicts": [ "Stop", "Wait", "Go" ], "default": "Go" } },
              "Rules": [ { "RuleName": "Stop_Old", "Expression": "patient.Age > 80", "SuccessEvent": "Stop",
                           "Properties": { "kind": "verdict", "reason": "r", "source": "s", "evidence": "e" } } ] }
            """;

        var warning = Assert.Single(Check(json));

        Assert.Equal(("SPT201", DiagnosticSeverity.Warning, "$.Properties.spinetriage.verdicts[1]"), (warning.Code, warning.Severity, warning.JsonPath));
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void A_verdict_whose_rules_repeat_a_more_precedent_condition_is_shadowed()
    {
        var json = """
            { "WorkflowName": "W", "Properties": { "spinetriage": { "assessment": "a", "verdicts": [ "Stop", "Wait", "Go" ], "default": "Go" } },
              "Rules": [ { "RuleName": "Stop_Old", "Expression": "patient.Age > 80", "SuccessEvent": "Stop", "Properties": { "reason": "r", "source": "s", "evidence": "e" } },
                         { "RuleName": "Wait_Old", "Expression": "patient.Age>80", "SuccessEvent": "Wait", "Properties": { "reason": "r", "source": "s", "evidence": "e" } } ] }
            """;

        var warning = Assert.Single(Check(json));

        Assert.Equal("SPT202", warning.Code);
        Assert.Contains("'Wait_Old' as 'Stop_Old'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_without_source_evidence_or_reason_get_one_warning_each()
    {
        var json = """
            { "WorkflowName": "W", "Properties": { "spinetriage": { "assessment": "a", "verdicts": [ "Stop", "Go" ], "default": "Go" } },
              "Rules": [ { "RuleName": "Stop_Old", "Expression": "patient.Age > 80", "SuccessEvent": "Stop" } ] }
            """;

        Assert.Equal(["SPT203", "SPT204", "SPT205"], Check(json).Select(d => d.Code));
    }

    [Fact]
    public void The_default_pack_has_no_error_and_no_warning()
    {
        var sources = RepositoryFiles.JsonFiles("rules")
            .Select(f => new RuleSource(Path.GetFileName(f), File.ReadAllText(f))).ToList();

        var result = RulePackCheck.Check(sources, [], withWarnings: true);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["fusion", "biologic", "revision"], result.Assessments.Select(a => a.Assessment));
    }
}
