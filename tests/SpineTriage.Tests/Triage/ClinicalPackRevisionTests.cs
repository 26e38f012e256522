using SpineTriage.Cases;

namespace SpineTriage.Tests.Triage;

/// <summary>Issue 14, findings 1-3 and 13 (revision): Ready needs imaging at the adjacent level, a negative infection screen and symptoms; NotApplicable shows no warnings.</summary>
public sealed class ClinicalPackRevisionTests
{
    private static readonly PatientCase Fused = TestCases.RevisionBase;

    private static PatientCase AdjacentSegmentDisease(string? adjacentLevel, params ImagingLevel[] levels) => Fused with
    {
        Surgery = Fused.Surgery! with { AdjacentSegmentDisease = true, AdjacentLevel = adjacentLevel },
        Imaging = Fused.Imaging! with { Levels = levels },
    };

    [Fact]
    public void Adjacent_segment_disease_with_a_stable_mildly_stenotic_adjacent_level_is_not_ready()
    {
        var level = TestCases.FusionLevel with { Level = "L3-L4", TranslationMm = 1.5, Stenosis = StenosisGrade.Mild };

        var revision = TestCases.DefaultEngine.Evaluate(AdjacentSegmentDisease("L3-L4", level)).Find("revision")!;

        Assert.Equal("NotIndicated", revision.Verdict);
        Assert.Contains(revision.Reasons, r => r.RuleName == "NotIndicated_AdjacentLevelDoesNotQualify");
    }

    [Fact]
    public void Adjacent_segment_disease_is_ready_when_the_adjacent_level_is_unstable()
    {
        var level = TestCases.FusionLevel with { Level = "L3-L4", TranslationMm = 4 };

        Assert.Equal("Ready", TestCases.Verdict(AdjacentSegmentDisease("L3-L4", level), "revision"));
    }

    [Fact]
    public void A_named_adjacent_level_is_judged_on_its_own_findings_not_on_another_level()
    {
        var stableAdjacent = TestCases.FusionLevel with { Level = "L3-L4", TranslationMm = 1 };
        var unstableElsewhere = TestCases.FusionLevel with { Level = "L1-L2", TranslationMm = 5 };

        Assert.Equal("NotIndicated", TestCases.Verdict(AdjacentSegmentDisease("L3-L4", stableAdjacent, unstableElsewhere), "revision"));
        Assert.Equal("Ready", TestCases.Verdict(AdjacentSegmentDisease(null, stableAdjacent, unstableElsewhere), "revision"));
    }

    [Theory]
    [InlineData("Dysplastic")]
    [InlineData("Iatrogenic")]
    [InlineData("Degenerative")]
    public void A_grade_ii_slip_of_any_non_isthmic_type_at_the_adjacent_level_qualifies(string type)
    {
        var level = TestCases.FusionLevel with { Level = "L3-L4", MeyerdingGrade = 2, SpondylolisthesisType = Enum.Parse<SpondylolisthesisType>(type) };

        Assert.Equal("Ready", TestCases.Verdict(AdjacentSegmentDisease("L3-L4", level), "revision"));
    }

    [Fact]
    public void Adjacent_segment_disease_without_imaged_levels_is_never_ready()
    {
        var patientCase = Fused with { Surgery = Fused.Surgery! with { AdjacentSegmentDisease = true }, Imaging = Fused.Imaging! with { Levels = null } };

        Assert.NotEqual("Ready", TestCases.Verdict(patientCase, "revision"));
    }

    [Fact]
    public void An_early_rod_fracture_without_an_infection_screen_is_not_ready()
    {
        var patientCase = Fused with
        {
            Surgery = Fused.Surgery! with { RodFracture = true, MonthsSinceIndexFusion = 2 },
            Patient = Fused.Patient! with { CrpMgL = null, EsrMmH = null },
        };

        var revision = TestCases.DefaultEngine.Evaluate(patientCase).Find("revision")!;

        Assert.Equal("Incomplete", revision.Verdict);
        Assert.Equal(["Urgent", "Ready"], revision.PossibleVerdicts.Select(p => p.Verdict));
        Assert.Contains("patient.crpMgL", revision.DecidingInputs);
    }

    [Theory]
    [InlineData("crp")]
    [InlineData("esr")]
    [InlineData("drainage")]
    [InlineData("fever")]
    public void A_sign_of_post_operative_infection_makes_a_non_union_urgent(string sign)
    {
        var patient = Fused.Patient!;
        patient = sign switch
        {
            "crp" => patient with { CrpMgL = 10.1 },
            "esr" => patient with { EsrMmH = 31 },
            "drainage" => patient with { WoundDrainage = true },
            "fever" => patient with { RecentFeverOver38C = true },
            _ => throw new ArgumentOutOfRangeException(nameof(sign)),
        };
        var patientCase = Fused with { Patient = patient, Surgery = Fused.Surgery! with { FusionStatusCt = FusionStatus.Nonunion } };

        Assert.Equal("Urgent", TestCases.Verdict(patientCase, "revision"));
    }

    [Fact]
    public void Ready_next_steps_include_the_laboratory_work_up()
    {
        var patientCase = Fused with { Surgery = Fused.Surgery! with { FusionStatusCt = FusionStatus.Nonunion } };

        var revision = TestCases.DefaultEngine.Evaluate(patientCase).Find("revision")!;

        Assert.Equal("Ready", revision.Verdict);
        Assert.Contains(revision.NextSteps, s => s.Contains("CBC", StringComparison.Ordinal) && s.Contains("metabolic panel", StringComparison.Ordinal) && s.Contains("CRP", StringComparison.Ordinal));
    }

    [Fact]
    public void A_solid_fusion_with_screw_lucency_and_no_pain_is_not_ready()
    {
        var patientCase = Fused with
        {
            Surgery = Fused.Surgery! with { ScrewLucencyMm = 1.0 },
            Symptoms = Fused.Symptoms! with { BackPainNrs = 0, LegPainNrs = 0, BackPainVasMm = null, LegPainVasMm = null, Odi = 8 },
        };

        Assert.Equal("NotIndicated", TestCases.Verdict(patientCase, "revision"));
    }

    [Fact]
    public void Revision_with_no_symptom_score_recorded_is_not_decided_as_ready()
    {
        var patientCase = Fused with
        {
            Surgery = Fused.Surgery! with { ScrewLucencyMm = 1.0 },
            Symptoms = Fused.Symptoms! with { BackPainNrs = null, LegPainNrs = null, BackPainVasMm = null, LegPainVasMm = null, Odi = null },
        };

        var revision = TestCases.DefaultEngine.Evaluate(patientCase).Find("revision")!;

        Assert.Equal("Incomplete", revision.Verdict);
        Assert.Contains("symptoms.backPainNrs", revision.DecidingInputs);
    }

    [Fact]
    public void Revision_not_applicable_shows_no_warnings()
    {
        var patientCase = TestCases.FusionBase with
        {
            Patient = TestCases.FusionBase.Patient! with { HbA1cPercent = 7.5, Diabetes = true, DexaTScoreMin = -1.5, VitaminDNgMl = 25, AsaClass = 3 },
        };

        var revision = TestCases.DefaultEngine.Evaluate(patientCase).Find("revision")!;

        Assert.Equal("NotApplicable", revision.Verdict);
        Assert.Empty(revision.Warnings);
    }
}
