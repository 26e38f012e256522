using Microsoft.Extensions.DependencyInjection;
using SpineTriage.Cases;

namespace SpineTriage.Tests.Triage;

public sealed class ThresholdOverrideTests
{
    private static readonly PatientCase Bmi36 = TestCases.FusionIndicated with { Patient = TestCases.FusionIndicated.Patient! with { Bmi = 36 } };

    [Fact]
    public void A_threshold_override_through_options_changes_the_verdict_and_the_rule_set_hash()
    {
        var options = new TriageOptions();
        options.Thresholds["bmiMax"] = 35;

        var engine = TriageEngine.Create(options);

        Assert.Equal("Appropriate", TestCases.Verdict(Bmi36, "fusion"));
        Assert.Equal("OptimizeFirst", engine.Evaluate(Bmi36).Find("fusion")!.Verdict);
        Assert.NotEqual(TestCases.DefaultEngine.RuleSetHash, engine.RuleSetHash);
    }

    [Fact]
    public void An_override_applies_in_every_workflow_that_declares_the_threshold()
    {
        var options = new TriageOptions();
        options.Thresholds["instabilityTranslationMm"] = 2;
        var engine = TriageEngine.Create(options);
        var level = TestCases.BiologicCandidate.Imaging!.Levels![0] with { TranslationMm = 2.5 };

        var report = engine.Evaluate(TestCases.WithLevel(TestCases.BiologicCandidate, level));

        Assert.Equal("NotCandidate", report.Find("biologic")!.Verdict);
        Assert.Equal("Appropriate", report.Find("fusion")!.Verdict);
    }

    [Fact]
    public void A_whole_number_threshold_accepts_a_whole_double()
    {
        var options = new TriageOptions();
        options.Thresholds["nicotineFreeWeeksMin"] = 8;
        var sevenWeeks = TestCases.FusionIndicated with
        {
            Patient = TestCases.FusionIndicated.Patient! with { SmokingStatus = SmokingStatus.Former, NicotineFreeWeeks = 7, CotinineNgMl = 12 },
        };

        Assert.Equal("OptimizeFirst", TriageEngine.Create(options).Evaluate(sevenWeeks).Find("fusion")!.Verdict);
    }

    [Fact]
    public void A_threshold_override_through_dependency_injection_reaches_the_engine()
    {
        using var provider = new ServiceCollection().AddSpineTriage(o => o.Thresholds["bmiMax"] = 35).BuildServiceProvider();

        var engine = provider.GetRequiredService<ITriageEngine>();

        Assert.Equal("OptimizeFirst", engine.Evaluate(Bmi36).Find("fusion")!.Verdict);
    }
}
