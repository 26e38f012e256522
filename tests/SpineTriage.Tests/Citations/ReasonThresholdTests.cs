using SpineTriage.Checking;
using SpineTriage.Rules;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Citations;

/// <summary>Reasons name thresholds in braces and show the value in force; a number equal to a threshold is a warning.</summary>
public sealed class ReasonThresholdTests
{
    private const string Workflow = """
        { "WorkflowName": "W", "GlobalParams": [ { "Name": "oldAge", "Expression": "80" }, { "Name": "tScore", "Expression": "-2.5" }, { "Name": "asaLimit", "Expression": "3" } ],
          "Properties": { "spinetriage": { "assessment": "a", "verdicts": [ "Stop", "Go" ], "default": "Go",
                          "nextSteps": { "Stop": [ "Recheck after {oldAge} years." ] } } },
          "Rules": [ { "RuleName": "Stop_Old", "Expression": "patient.Age > oldAge && patient.DexaTScoreMin <= tScore", "SuccessEvent": "Stop",
                       "Properties": { "kind": "verdict", "reason": "Older than {oldAge} years, T-score {tScore} or lower; {not a name}.", "source": "s", "evidence": "e" } },
                     { "RuleName": "Stop_Frail", "Expression": "patient.AsaClass >= asaLimit", "SuccessEvent": "Stop",
                       "Properties": { "kind": "verdict", "reason": "ASA class {asaLimit} or more, 80 years or not.", "source": "s", "evidence": "e" } } ] }
        """;

    private static RulePackCheckResult Check(string workflow, params (string Name, double Value)[] overrides) =>
        RulePackCheck.Check([new RuleSource("pack.json", workflow)], overrides.Select(o => KeyValuePair.Create(o.Name, o.Value)), withWarnings: true);

    [Fact]
    public void A_reason_shows_the_threshold_written_in_the_rules_and_an_override_changes_it()
    {
        var plain = Check(Workflow).Assessments.Single();
        var overridden = Check(Workflow, ("oldAge", 85)).Assessments.Single();
        Assert.Equal("ASA class 3 or more, 80 years or not.", plain.Annotations[1].Reason);

        Assert.Equal("Older than 80 years, T-score −2.5 or lower; {not a name}.", plain.Annotations[0].Reason);
        Assert.Equal("Older than 85 years, T-score −2.5 or lower; {not a name}.", overridden.Annotations[0].Reason);
        Assert.Equal(["Recheck after 85 years."], overridden.NextSteps["Stop"]);
    }

    [Fact]
    public void The_default_pack_sentence_follows_a_nicotine_override()
    {
        var engine = TriageEngine.Create(new TriageOptions { Thresholds = { ["nicotineFreeWeeksMin"] = 8 } });

        var report = engine.Evaluate(TestCases.Seed("degenerative-spondylolisthesis-smoker"));

        var reason = Assert.Single(report.Find("fusion")!.Reasons, r => r.RuleName == "OptimizeFirst_NicotineExposure");
        Assert.Contains("at least 8 weeks", reason.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("6 weeks", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_in_braces_is_a_located_error_with_a_did_you_mean()
    {
        var check = Check(Workflow.Replace("Older than {oldAge}", "Older than {oldage}", StringComparison.Ordinal));

        var error = Assert.Single(check.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("SPT023", "pack.json", "Stop_Old"), (error.Code, error.File, error.RuleName));
        Assert.Contains("Did you mean 'oldAge'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_writing_a_thresholds_value_as_a_number_is_a_warning()
    {
        var warning = Assert.Single(Check(Workflow.Replace("Older than {oldAge} years", "Older than 80 years", StringComparison.Ordinal)).Diagnostics);

        Assert.Equal(("SPT207", DiagnosticSeverity.Warning, "Stop_Old"), (warning.Code, warning.Severity, warning.RuleName));
        Assert.Contains("{oldAge}", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Check(Workflow).Diagnostics);
        Assert.Single(Check(Workflow.Replace("T-score {tScore}", "T-score −2.5", StringComparison.Ordinal)).Diagnostics, d => d.Code == "SPT207");
    }

    [Fact]
    public void A_number_equal_to_a_threshold_the_rule_does_not_read_is_no_warning()
    {
        Assert.Empty(Check(Workflow.Replace("ASA class {asaLimit} or more, 80 years", "ASA class {asaLimit} or more, any age", StringComparison.Ordinal)).Diagnostics);
        Assert.Empty(Check(Workflow).Diagnostics);
        Assert.Single(Check(Workflow.Replace("ASA class {asaLimit}", "ASA class 3", StringComparison.Ordinal)).Diagnostics, d => d.Code == "SPT207" && d.RuleName == "Stop_Frail");
    }
}
