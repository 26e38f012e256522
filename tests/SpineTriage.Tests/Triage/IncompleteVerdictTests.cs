using SpineTriage.Cases;
using SpineTriage.Reports;

namespace SpineTriage.Tests.Triage;

public sealed class IncompleteVerdictTests
{
    [Fact]
    public void Unknown_imaging_concordance_after_six_weeks_leaves_fusion_incomplete_and_names_it()
    {
        var patientCase = TestCases.FusionIndicated with { Symptoms = TestCases.FusionIndicated.Symptoms! with { ImagingConcordant = null } };

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Equal(["symptoms.imagingConcordant"], fusion.DecidingInputs);
        Assert.Equal(
            [new PossibleVerdict("NeedsWorkup", "imaging concordant is false"), new PossibleVerdict("Appropriate", "imaging concordant is true")],
            fusion.PossibleVerdicts);

        // The findings so far: the indication that is Met below the unknown gate.
        Assert.Equal(["Appropriate_DynamicInstability"], fusion.Reasons.Select(r => r.RuleName));
        Assert.Contains("Document the missing inputs listed, then run the assessment again.", fusion.NextSteps);
        Assert.Contains(fusion.Unknowns, u => u.RuleName == "NeedsWorkup_DiscordantImaging" && u.Verdict == "NeedsWorkup");
    }

    [Fact]
    public void Missing_per_level_findings_are_named_with_their_index_as_case_json_paths()
    {
        var level = TestCases.FusionLevel with { TranslationMm = null, AngulationDeg = null };
        var patientCase = TestCases.WithLevel(TestCases.FusionBase, level);

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Equal(["imaging.levels[0].translationMm"], fusion.DecidingInputs);
    }

    [Fact]
    public void An_unknown_gate_of_a_met_indication_leaves_fusion_incomplete()
    {
        var patientCase = TestCases.FusionIndicated with { Patient = TestCases.FusionIndicated.Patient! with { Bmi = null } };

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Equal(["patient.bmi"], fusion.DecidingInputs);
    }

    [Fact]
    public void A_diabetic_without_hba1c_leaves_revision_incomplete_and_names_hba1c_in_json_spelling()
    {
        var patientCase = TestCases.RevisionBase with
        {
            Patient = TestCases.RevisionBase.Patient! with { Diabetes = true, HbA1cPercent = null },
            Surgery = TestCases.RevisionBase.Surgery! with { RodFracture = true },
        };

        var revision = TestCases.DefaultEngine.Evaluate(patientCase).Find("revision")!;

        Assert.Equal("Incomplete", revision.Verdict);
        Assert.Equal(["patient.hba1cPercent"], revision.DecidingInputs);
    }

    [Fact]
    public void An_unknown_rule_of_a_less_precedent_verdict_than_the_met_one_changes_nothing()
    {
        var patientCase = TestCases.Seed("cauda-equina");

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Urgent", fusion.Verdict);
        Assert.NotEmpty(fusion.Unknowns);
        Assert.Equal([new PossibleVerdict("Urgent", null)], fusion.PossibleVerdicts);
        Assert.Empty(fusion.DecidingInputs);
        Assert.NotEmpty(fusion.Missing); // documented later, would not change this verdict
    }

    [Fact]
    public void An_empty_case_is_incomplete_for_fusion_naming_the_absent_section_and_not_applicable_for_revision()
    {
        var report = TestCases.DefaultEngine.Evaluate(new PatientCase());

        Assert.Equal("Incomplete", report.Find("fusion")!.Verdict);
        // Every section a possible verdict's Unknown rule reads may decide; the symptoms, read by the most precedent, come first.
        Assert.Equal(["symptoms", "imaging", "patient", "care"], report.Find("fusion")!.DecidingInputs);
        Assert.Equal("NotCandidate", report.Find("biologic")!.Verdict);
        Assert.Equal("NotApplicable", report.Find("revision")!.Verdict);
    }

    [Fact]
    public void Over_sixty_five_without_dexa_or_ct_names_both_bone_density_measures()
    {
        var patientCase = TestCases.FusionIndicated with { Patient = TestCases.FusionIndicated.Patient! with { Age = 70, DexaTScoreMin = null } };

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Equal(["patient.dexaTScoreMin", "patient.ctHounsfieldL1"], fusion.Missing);

        // Once the DEXA T-score is documented the rule reads it and not the CT value, so the T-score decides.
        Assert.Equal(["patient.dexaTScoreMin"], fusion.DecidingInputs);
    }

    [Fact]
    public void Too_many_completions_to_split_still_give_the_exact_possible_verdicts_with_the_rules_own_conditions()
    {
        // Moderate stenosis at the only level: whenever no structural indication holds, NotIndicated (stenosis without
        // instability) comes before AlternativesFirst, so AlternativesFirst is not possible, although rule by rule it is.
        var fusion = TestCases.DefaultEngine.Evaluate(TestCases.Seed("missing-data")).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Equal(["NeedsWorkup", "NotIndicated", "OptimizeFirst", "Appropriate"], fusion.PossibleVerdicts.Select(p => p.Verdict));
        Assert.Contains("The possible verdicts are exact", fusion.ExactReasoningNote, StringComparison.Ordinal);
        Assert.Equal("symptoms imaging concordant is false", fusion.PossibleVerdicts[0].Condition);
        Assert.EndsWith(", and no verdict listed above it holds", fusion.PossibleVerdicts[1].Condition, StringComparison.Ordinal);
        Assert.Contains("symptoms.imagingConcordant", fusion.DecidingInputs);

        // Only AlternativesFirst reads the fissure grade, and it never wins here: documenting the grade cannot change the verdict.
        Assert.DoesNotContain("imaging.levels[0].annularFissureGrade", fusion.DecidingInputs);
        Assert.Contains("imaging.levels[0].annularFissureGrade", fusion.Missing);
    }

    [Fact]
    public void A_verdict_every_completion_agrees_on_is_decided_and_its_missing_inputs_would_not_change_it()
    {
        // No fissure grade or high-intensity zone documented: with a tear, radicular leg pain excludes biologic repair;
        // without one there is nothing to repair. NotCandidate either way (rule by rule this was Incomplete).
        var biologic = TestCases.DefaultEngine.Evaluate(TestCases.Seed("missing-data")).Find("biologic")!;

        Assert.Equal("NotCandidate", biologic.Verdict);
        Assert.Equal([new PossibleVerdict("NotCandidate", null)], biologic.PossibleVerdicts);
        Assert.Empty(biologic.DecidingInputs);
        Assert.Contains("imaging.levels[0].annularFissureGrade", biologic.Missing);
        Assert.Null(biologic.ExactReasoningNote);
    }
}
