using SpineTriage.Hostile;
using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Security;

// Issue 12, item 9: a load keeps at most a hundred problems of each severity and counts the rest in one located problem.
public sealed class ProblemCapTests
{
    private static string Workflow(int rules, string expression) =>
        "{\"WorkflowName\":\"W\",\"Rules\":[" + string.Join(",", Enumerable.Range(0, rules).Select(i => $"{{\"RuleName\":\"R{i}\",\"Expression\":\"{expression}\"}}")) + "]}";

    private static readonly int BrokenRules = HostileRuleFiles.BrokenRuleCount;

    [Fact]
    public void A_file_of_thousands_of_broken_rules_lists_a_hundred_errors_and_counts_the_rest()
    {
        var load = RuleSet.TryLoad([new RuleSource("rules.json", Workflow(BrokenRules, "patient.NoSuchMember > 1"))], TwentyRuleWorkload.Options());

        Assert.False(load.Succeeded);
        Assert.Equal(101, load.Problems.Count);
        Assert.All(load.Problems.Take(100), d => Assert.Equal("R" + load.Problems.ToList().IndexOf(d), d.RuleName));
        var summary = load.Problems[^1];
        Assert.Equal((DiagnosticSeverity.Error, "SPR005", "rules.json", "R100"), (summary.Severity, summary.Code, summary.File, summary.RuleName));
        Assert.StartsWith($"… and {BrokenRules - 100:N0} more errors, not listed (at most 100 of each per file and 1,000 in all are kept); the first of them is here (", summary.Message, StringComparison.Ordinal);
        Assert.True(summary.Line > 0 && summary.Column > 0 && summary.JsonPath == "$.Rules[100].Expression", summary.ToString());
    }

    [Fact]
    public void Repeated_rule_names_are_capped_too()
    {
        var load = RuleSet.TryLoad([new RuleSource("rules.json", "{\"WorkflowName\":\"W\",\"Rules\":[" + string.Join(",", Enumerable.Repeat("{\"RuleName\":\"Same\",\"Expression\":\"patient.Age > 1\"}", 3_000)) + "]}")], TwentyRuleWorkload.Options());

        Assert.False(load.Succeeded);
        Assert.Equal(101, load.Problems.Count);
        Assert.StartsWith("… and 2,899 more errors", load.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_over_the_cap_do_not_hide_an_error_and_each_severity_is_counted()
    {
        var list = new DiagnosticList("SPR005");
        for (var i = 0; i < 150; i++)
        {
            list.Add(new Diagnostic(DiagnosticSeverity.Warning, "SPR801", $"w{i}"));
        }

        list.Add(new Diagnostic(DiagnosticSeverity.Error, "SPR301", "e0") { File = "f.json", Line = 3, Column = 4 });

        Assert.True(list.HasErrors);
        Assert.Equal(1, list.ErrorCount);
        var kept = list.ToList();
        Assert.Equal(102, kept.Count);
        Assert.Contains(kept, d => d.Message == "e0");
        Assert.Equal((DiagnosticSeverity.Warning, "… and 50 more warnings, not listed (at most 100 of each per file and 1,000 in all are kept); the first of them is here (SPR801). Fix the problems listed and check again."), (kept[^1].Severity, kept[^1].Message));
    }

    [Fact]
    public void One_files_problems_do_not_hide_another_files_and_all_files_together_keep_a_thousand()
    {
        var list = new DiagnosticList("SPR005");
        for (var file = 0; file < 20; file++)
        {
            for (var i = 0; i < 150; i++)
            {
                list.Add(new Diagnostic(DiagnosticSeverity.Error, "SPR301", "e") { File = $"f{file}.json" });
            }
        }

        var kept = list.ToList();

        Assert.Equal(3_000, list.ErrorCount);
        Assert.Equal(1_000 + 20, kept.Count);
        Assert.Equal(100, kept.Count(d => d.File == "f0.json" && d.Code == "SPR301"));
        Assert.Equal(0, kept.Count(d => d.File == "f19.json" && d.Code == "SPR301"));
        Assert.StartsWith("… and 150 more errors", kept.Single(d => d.File == "f19.json").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_count_of_errors_goes_on_past_the_cap()
    {
        var list = new DiagnosticList("SPR005", maxKept: 2);
        for (var i = 0; i < 5; i++)
        {
            list.Add(new Diagnostic(DiagnosticSeverity.Error, "SPR301", $"e{i}") { File = "f.json", Line = i + 1, Column = 1, JsonPath = $"$[{i}]" });
        }

        for (var i = 0; i < 3; i++)
        {
            list.Add(new Diagnostic(DiagnosticSeverity.Warning, "SPR801", "w") { File = "f.json" });
        }

        Assert.Equal((5, 2 + 2, 4), (list.ErrorCount, list.Count, list.OmittedCount));
        var summary = list.ToList()[^1];
        Assert.Equal((DiagnosticSeverity.Error, 3, "$[2]"), (summary.Severity, summary.Line, summary.JsonPath));
        Assert.StartsWith("… and 3 more errors and 1 more warning, not listed (at most 2 of each per file and 20 in all are kept)", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_code_or_problem_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new DiagnosticList(null!));
        Assert.Throws<ArgumentNullException>(() => new DiagnosticList("SPR005").Add(null!));
        Assert.Throws<ArgumentNullException>(() => new DiagnosticList("SPR005").AddRange(null!));
    }
}
