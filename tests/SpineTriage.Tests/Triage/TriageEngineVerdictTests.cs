using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage.Tests.Triage;

public sealed class TriageEngineVerdictTests
{
    [Theory]
    [InlineData("cauda-equina", "fusion", "Urgent")]
    [InlineData("discordant-imaging", "fusion", "NeedsWorkup")]
    [InlineData("stenosis-without-instability", "fusion", "NotIndicated")]
    [InlineData("degenerative-spondylolisthesis-smoker", "fusion", "OptimizeFirst")]
    [InlineData("degenerative-spondylolisthesis-ready", "fusion", "Appropriate")]
    [InlineData("annular-tear-after-structured-care", "fusion", "AlternativesFirst")]
    [InlineData("missing-data", "fusion", "Incomplete")]
    [InlineData("facet-mediated-pain", "biologic", "NotCandidate")]
    [InlineData("annular-tear-piecemeal-care", "biologic", "ConservativeCareFirst")]
    [InlineData("annular-tear-after-structured-care", "biologic", "Candidate")]
    [InlineData("missing-data", "biologic", "NotCandidate")]
    [InlineData("stenosis-without-instability", "revision", "NotApplicable")]
    [InlineData("revision-too-early", "revision", "NotIndicated")]
    [InlineData("revision-osteoporosis", "revision", "OptimizeFirst")]
    [InlineData("pseudarthrosis-ready-for-revision", "revision", "Ready")]
    public void A_seed_case_gets_its_verdict(string seed, string assessment, string verdict)
    {
        Assert.Equal(verdict, TestCases.Verdict(TestCases.Seed(seed), assessment));
    }

    [Fact]
    public void A_tear_without_discography_needs_work_up_for_biologic_repair()
    {
        var level = TestCases.BiologicCandidate.Imaging!.Levels![0] with { DiscographyConcordant = null };

        var result = TestCases.DefaultEngine.Evaluate(TestCases.WithLevel(TestCases.BiologicCandidate, level)).Find("biologic")!;

        Assert.Equal("NeedsWorkup", result.Verdict);
        Assert.Equal(["NeedsWorkup_DiscographyNotDone"], result.Reasons.Select(r => r.RuleName));
    }

    [Fact]
    public void A_red_flag_after_a_fusion_makes_revision_urgent_and_is_reported_once()
    {
        var patientCase = TestCases.RevisionBase with { Symptoms = TestCases.RevisionBase.Symptoms! with { RedFlags = [RedFlag.Fever] } };

        var report = TestCases.DefaultEngine.Evaluate(patientCase);

        Assert.Equal("Urgent", report.Find("revision")!.Verdict);
        Assert.Equal("Urgent", report.Find("fusion")!.Verdict);
        Assert.Equal(["RedFlag_SuspectedInfection"], report.RedFlags.Select(f => f.RuleName));
    }

    [Fact]
    public void The_built_cases_have_the_verdicts_their_names_promise()
    {
        Assert.Equal("NotIndicated", TestCases.Verdict(TestCases.FusionBase, "fusion"));
        Assert.Equal("Appropriate", TestCases.Verdict(TestCases.FusionIndicated, "fusion"));
        Assert.Equal("Candidate", TestCases.Verdict(TestCases.BiologicCandidate, "biologic"));
        Assert.Equal("NotIndicated", TestCases.Verdict(TestCases.RevisionBase, "revision"));
    }

    [Fact]
    public void Assessments_come_in_the_pack_order_fusion_biologic_revision()
    {
        var report = TestCases.DefaultEngine.Evaluate(TestCases.FusionBase);

        Assert.Equal(["fusion", "biologic", "revision"], report.Assessments.Select(a => a.Assessment));
    }

    [Fact]
    public void The_default_verdict_gives_the_default_reason_and_verdict_next_steps()
    {
        // No tear and no unstable level (FusionIndicated has one, which NotCandidate_UnstableLevel names).
        var biologic = TestCases.DefaultEngine.Evaluate(TestCases.FusionBase).Find("biologic")!;

        Assert.Equal("NotCandidate", biologic.Verdict);
        Assert.Equal("Default_NotCandidate", Assert.Single(biologic.Reasons).RuleName);
        Assert.StartsWith("No annular tear", biologic.Reasons[0].Text, StringComparison.Ordinal);
        Assert.Contains(biologic.NextSteps, s => s.StartsWith("Follow the fusion assessment", StringComparison.Ordinal));
    }

    [Fact]
    public void Reasons_carry_text_source_and_evidence_and_met_rules_add_their_next_steps()
    {
        var fusion = TestCases.DefaultEngine.Evaluate(TestCases.Seed("degenerative-spondylolisthesis-smoker")).Find("fusion")!;

        var reason = Assert.Single(fusion.Reasons);
        Assert.Equal("OptimizeFirst_NicotineExposure", reason.RuleName);
        Assert.Contains("nicotine-free", reason.Text, StringComparison.Ordinal);
        Assert.Contains("eviCore", reason.Source, StringComparison.Ordinal);
        Assert.StartsWith("Oxford CEBM 2009 level 5: ", reason.Evidence, StringComparison.Ordinal);
        Assert.Equal("evicore-cmm609-2025", Assert.Single(reason.Citations).Key);
        Assert.Equal("Correct the failed gates listed, then reassess.", fusion.NextSteps[0]);
        Assert.Contains("Offer nicotine cessation support; check cotinine before scheduling.", fusion.NextSteps);
    }

    [Fact]
    public void Warnings_are_reported_without_changing_the_verdict()
    {
        var patientCase = TestCases.FusionIndicated with { Patient = TestCases.FusionIndicated.Patient! with { HbA1cPercent = 7.4, AsaClass = 3 } };

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Appropriate", fusion.Verdict);
        Assert.Equal(["Warning_HbA1cAboveTarget", "Warning_HighAnaestheticRisk"], fusion.Warnings.Select(w => w.RuleName));
    }

    [Fact]
    public void The_report_carries_the_rule_set_hash_and_the_disclaimer()
    {
        var report = TestCases.DefaultEngine.Evaluate(TestCases.FusionBase);

        Assert.Equal(TestCases.DefaultEngine.RuleSetHash, report.RuleSetHash);
        Assert.Matches("^sha256:[0-9a-f]{64}$", report.RuleSetHash);
        Assert.Equal(TriageReport.DefaultDisclaimer, report.Disclaimer);
    }

    [Fact]
    public void Evaluating_json_reads_strictly_and_validates()
    {
        var exception = Assert.Throws<CaseValidationException>(() => TestCases.DefaultEngine.Evaluate("""{ "patient": { "agee": 40, "bmii": 25 } }"""));

        Assert.Equal(["$.patient.agee", "$.patient.bmii"], exception.Problems.Select(p => p.JsonPath));
    }

    [Fact]
    public void Evaluating_a_case_validates_its_ranges_first()
    {
        var patientCase = TestCases.FusionBase with { Patient = TestCases.FusionBase.Patient! with { Age = 130 } };

        var exception = Assert.Throws<CaseValidationException>(() => TestCases.DefaultEngine.Evaluate(patientCase));

        Assert.Equal("$.patient.age", Assert.Single(exception.Problems).JsonPath);
    }
}
