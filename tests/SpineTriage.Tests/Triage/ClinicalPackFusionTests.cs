using SpineTriage.Cases;

namespace SpineTriage.Tests.Triage;

/// <summary>Issue 14, findings 4-7 and 9 (fusion): the symptom-severity gate, nicotine abstinence and cotinine together, disc degeneration at two levels at most, dysplastic and iatrogenic slips, albumin and vitamin D as gates.</summary>
public sealed class ClinicalPackFusionTests
{
    private static readonly PatientCase Indicated = TestCases.FusionIndicated;

    private static PatientCase WithScores(int? backNrs, int? legNrs, double? backVas, double? legVas, int? odi) =>
        Indicated with { Symptoms = Indicated.Symptoms! with { BackPainNrs = backNrs, LegPainNrs = legNrs, BackPainVasMm = backVas, LegPainVasMm = legVas, Odi = odi } };

    [Theory]
    [InlineData(4, 4, 40.0, 40.0, 29, "NotIndicated")]
    [InlineData(5, 0, 0.0, 0.0, 0, "Appropriate")]
    [InlineData(0, 5, 0.0, 0.0, 0, "Appropriate")]
    [InlineData(0, 0, 40.1, 0.0, 0, "Appropriate")]
    [InlineData(0, 0, 0.0, 0.0, 30, "Appropriate")]
    [InlineData(1, 1, null, null, 8, "NotIndicated")]
    [InlineData(1, null, null, null, null, "NotIndicated")]
    [InlineData(null, null, null, null, null, "Incomplete")]
    public void Fusion_has_a_symptom_severity_gate(int? backNrs, int? legNrs, double? backVas, double? legVas, int? odi, string verdict)
    {
        Assert.Equal(verdict, TestCases.Verdict(WithScores(backNrs, legNrs, backVas, legVas, odi), "fusion"));
    }

    [Theory]
    [InlineData(1, 4.0, "OptimizeFirst")]
    [InlineData(5, 4.0, "OptimizeFirst")]
    [InlineData(6, 4.0, "Appropriate")]
    [InlineData(6, 11.0, "OptimizeFirst")]
    [InlineData(51, null, "Incomplete")]
    [InlineData(52, null, "Appropriate")]
    public void Nicotine_needs_six_weeks_of_abstinence_and_for_a_recent_quitter_a_confirming_cotinine(int weeks, double? cotinine, string verdict)
    {
        var patientCase = Indicated with { Patient = Indicated.Patient! with { SmokingStatus = SmokingStatus.Former, NicotineFreeWeeks = weeks, CotinineNgMl = cotinine } };

        Assert.Equal(verdict, TestCases.Verdict(patientCase, "fusion"));
    }

    [Fact]
    public void A_recent_quitter_without_cotinine_is_open_between_optimize_first_and_appropriate()
    {
        var patientCase = Indicated with { Patient = Indicated.Patient! with { SmokingStatus = SmokingStatus.Former, NicotineFreeWeeks = 20, CotinineNgMl = null } };

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal(["OptimizeFirst", "Appropriate"], fusion.PossibleVerdicts.Select(p => p.Verdict));
        Assert.Equal(["patient.cotinineNgMl"], fusion.DecidingInputs);
    }

    private static PatientCase Collapsed(int levels) => Indicated with
    {
        Imaging = Indicated.Imaging! with
        {
            Levels = [.. new[] { "L2-L3", "L3-L4", "L4-L5", "L5-S1" }.Take(levels).Select(name => TestCases.FusionLevel with { Level = name, PfirrmannGrade = 5, DiscHeightPercent = 25 })],
        },
    };

    [Theory]
    [InlineData(1, "Appropriate")]
    [InlineData(2, "Appropriate")]
    [InlineData(3, "NotIndicated")]
    [InlineData(4, "NotIndicated")]
    public void End_stage_disc_collapse_is_an_indication_at_two_levels_at_most(int levels, string verdict)
    {
        Assert.Equal(verdict, TestCases.Verdict(Collapsed(levels), "fusion"));
    }

    [Theory]
    [InlineData(80.0, "NotIndicated")]
    [InlineData(50.0, "NotIndicated")]
    [InlineData(49.9, "Incomplete")]
    public void A_documented_disc_height_of_half_or_more_rules_out_pfirrmann_v(double height, string verdict)
    {
        var patientCase = TestCases.WithLevel(TestCases.FusionBase, TestCases.FusionLevel with { PfirrmannGrade = null, DiscHeightPercent = height });

        Assert.Equal(verdict, TestCases.Verdict(patientCase, "fusion"));
    }

    [Fact]
    public void A_pfirrmann_v_grade_with_a_disc_height_of_half_or_more_is_not_end_stage_collapse()
    {
        var patientCase = TestCases.WithLevel(TestCases.FusionBase, TestCases.FusionLevel with { PfirrmannGrade = 5, DiscHeightPercent = 60 });

        Assert.Equal("NotIndicated", TestCases.Verdict(patientCase, "fusion"));
    }

    [Theory]
    [InlineData(SpondylolisthesisType.Dysplastic, 1, "NotIndicated")]
    [InlineData(SpondylolisthesisType.Dysplastic, 2, "Appropriate")]
    [InlineData(SpondylolisthesisType.Dysplastic, 3, "Appropriate")]
    [InlineData(SpondylolisthesisType.Iatrogenic, 1, "NotIndicated")]
    [InlineData(SpondylolisthesisType.Iatrogenic, 2, "Appropriate")]
    public void Dysplastic_and_iatrogenic_slips_are_judged_like_degenerative_ones(SpondylolisthesisType type, int grade, string verdict)
    {
        var patientCase = TestCases.WithLevel(TestCases.FusionBase, TestCases.FusionLevel with { SpondylolisthesisType = type, MeyerdingGrade = grade, Stenosis = StenosisGrade.Moderate });

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal(verdict, fusion.Verdict);
        if (verdict == "Appropriate")
        {
            Assert.Contains(fusion.Reasons, r => r.RuleName == "Appropriate_DysplasticOrIatrogenicSlip");
        }
    }

    [Fact]
    public void The_stenosis_without_instability_reason_never_claims_there_is_no_slip_when_a_qualifying_one_exists()
    {
        var patientCase = TestCases.WithLevel(TestCases.FusionBase, TestCases.FusionLevel with { SpondylolisthesisType = SpondylolisthesisType.Dysplastic, MeyerdingGrade = 3, Stenosis = StenosisGrade.Severe });

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.DoesNotContain(fusion.Reasons, r => r.RuleName == "NotIndicated_StenosisWithoutInstability");
    }

    [Theory]
    [InlineData(3.4, 35.0, "OptimizeFirst")]
    [InlineData(3.5, 35.0, "Appropriate")]
    [InlineData(4.2, 19.9, "OptimizeFirst")]
    [InlineData(4.2, 20.0, "Appropriate")]
    public void Albumin_and_vitamin_d_are_optimize_first_gates_for_fusion_as_for_revision(double albumin, double vitaminD, string verdict)
    {
        var fusionCase = Indicated with { Patient = Indicated.Patient! with { AlbuminGDl = albumin, VitaminDNgMl = vitaminD } };
        var revisionCase = TestCases.RevisionBase with
        {
            Patient = TestCases.RevisionBase.Patient! with { AlbuminGDl = albumin, VitaminDNgMl = vitaminD },
            Surgery = TestCases.RevisionBase.Surgery! with { RodFracture = true },
        };

        Assert.Equal(verdict, TestCases.Verdict(fusionCase, "fusion"));
        Assert.Equal(verdict == "Appropriate" ? "Ready" : "OptimizeFirst", TestCases.Verdict(revisionCase, "revision"));
    }

    [Fact]
    public void No_fusion_warning_says_replete_before_fusion_for_a_value_that_is_a_gate()
    {
        var patientCase = Indicated with { Patient = Indicated.Patient! with { AlbuminGDl = 3.0, VitaminDNgMl = 15 } };

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("OptimizeFirst", fusion.Verdict);
        Assert.Contains(fusion.Reasons, r => r.RuleName == "OptimizeFirst_Hypoalbuminaemia");
        Assert.Contains(fusion.Reasons, r => r.RuleName == "OptimizeFirst_VitaminDDeficiency");
        Assert.Empty(fusion.Warnings);
    }
}
