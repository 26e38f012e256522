using SpineTriage.Reports;
using SpineTriage.Tests.Reliability;

namespace SpineTriage.Tests.Triage;

// Issue 12, item 6: a rule that fails (division by zero) is Unknown with its error, never missing data, and an
// assessment it leaves undecided is RuleError, not an Incomplete with nothing to document.
public sealed class RuleErrorVerdictTests
{
    private const string Condition = "symptoms.DurationWeeks >= acuteSymptomWeeksMax && symptoms.ImagingConcordant == false";

    [Fact]
    public void A_rule_dividing_by_zero_makes_the_verdict_rule_error_with_the_rule_and_its_error_named()
    {
        using var folder = new RulesFolder();
        var original = RulesFolder.ValidVersions[0];
        Assert.Contains(Condition, original, StringComparison.Ordinal);
        folder.Write(original.Replace(Condition, "symptoms.DurationWeeks / (symptoms.DurationWeeks - symptoms.DurationWeeks) >= 1", StringComparison.Ordinal));
        var engine = TriageEngine.Create(new TriageOptions { RulesDirectory = folder.Path });

        var fusion = engine.Evaluate(TestCases.FusionIndicated).Find("fusion")!;

        Assert.Equal(AssessmentResult.RuleErrorVerdict, fusion.Verdict);
        Assert.Empty(fusion.Missing);
        var unknown = Assert.Single(fusion.Unknowns, u => u.RuleName == "NeedsWorkup_DiscordantImaging");
        Assert.Empty(unknown.MissingInputs);
        Assert.Contains("DivideByZeroException", unknown.Error, StringComparison.Ordinal);
        Assert.Contains(fusion.NextSteps, s => s.Contains("'NeedsWorkup_DiscordantImaging' failed", StringComparison.Ordinal));
        Assert.DoesNotContain(fusion.NextSteps, s => s.Contains("missing inputs listed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incomplete_verdict_always_names_missing_inputs()
    {
        foreach (var seed in RepositoryFiles.JsonFiles("seeds"))
        {
            foreach (var assessment in TestCases.DefaultEngine.Evaluate(File.ReadAllText(seed)).Assessments.Where(a => a.IsIncomplete))
            {
                Assert.True(assessment.Missing.Count > 0, $"{seed}: {assessment.Assessment} is Incomplete with nothing missing.");
            }
        }
    }

    [Fact]
    public void A_pack_cannot_declare_the_reserved_rule_error_verdict()
    {
        using var folder = new RulesFolder();
        folder.Write(RulesFolder.ValidVersions[0].Replace("\"AlternativesFirst\"", "\"RuleError\"", StringComparison.Ordinal));

        var thrown = Assert.Throws<Rules.RuleLoadException>(() => TriageEngine.Create(new TriageOptions { RulesDirectory = folder.Path }));

        Assert.Contains(thrown.Problems, d => d.Code == "SPT009" && d.Message.Contains("'RuleError'", StringComparison.Ordinal));
    }
}
