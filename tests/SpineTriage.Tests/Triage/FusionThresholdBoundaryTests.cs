using SpineTriage.Cases;

namespace SpineTriage.Tests.Triage;

/// <summary>DESIGN §6.4 fusion thresholds: exactly at, just below and just above each one.</summary>
public sealed class FusionThresholdBoundaryTests
{
    private static readonly PatientCase Base = TestCases.FusionBase;
    private static readonly PatientCase Indicated = TestCases.FusionIndicated;

    [Theory]
    [InlineData("translationMm", 2.9, "NotIndicated")]
    [InlineData("translationMm", 3.0, "NotIndicated")]
    [InlineData("translationMm", 3.1, "Appropriate")]
    [InlineData("angulationDeg", 9.9, "NotIndicated")]
    [InlineData("angulationDeg", 10, "Appropriate")]
    [InlineData("angulationDeg", 10.1, "Appropriate")]
    [InlineData("degenerativeMeyerding", 1, "NotIndicated")]
    [InlineData("degenerativeMeyerding", 2, "Appropriate")]
    [InlineData("degenerativeMeyerding", 3, "Appropriate")]
    [InlineData("isthmicMeyerding", 2, "NotIndicated")]
    [InlineData("isthmicMeyerding", 3, "Appropriate")]
    [InlineData("isthmicMeyerding", 4, "Appropriate")]
    [InlineData("cobbDeg", 29.9, "NotIndicated")]
    [InlineData("cobbDeg", 30, "NotIndicated")]
    [InlineData("cobbDeg", 30.1, "Appropriate")]
    [InlineData("svaCm", 7.9, "NotIndicated")]
    [InlineData("svaCm", 8, "NotIndicated")]
    [InlineData("svaCm", 8.1, "Appropriate")]
    [InlineData("piMinusLlDeg", 14.9, "NotIndicated")]
    [InlineData("piMinusLlDeg", 15, "NotIndicated")]
    [InlineData("piMinusLlDeg", 15.1, "Appropriate")]
    [InlineData("pfirrmannGrade", 4, "NotIndicated")]
    [InlineData("pfirrmannGrade", 5, "Appropriate")]
    [InlineData("discHeightPercent", 29.9, "Appropriate")]
    [InlineData("discHeightPercent", 30, "NotIndicated")]
    [InlineData("discHeightPercent", 30.1, "NotIndicated")]
    public void Structural_indications_start_exactly_at_their_thresholds(string field, double value, string verdict)
    {
        var level = TestCases.FusionLevel;
        var patientCase = field switch
        {
            "translationMm" => TestCases.WithLevel(Base, level with { TranslationMm = value }),
            "angulationDeg" => TestCases.WithLevel(Base, level with { AngulationDeg = value }),
            "degenerativeMeyerding" => TestCases.WithLevel(Base, level with { MeyerdingGrade = (int)value, SpondylolisthesisType = SpondylolisthesisType.Degenerative }),
            "isthmicMeyerding" => TestCases.WithLevel(Base, level with { MeyerdingGrade = (int)value, SpondylolisthesisType = SpondylolisthesisType.Isthmic, ParsDefect = true }),
            "cobbDeg" => Base with { Imaging = Base.Imaging! with { CobbDeg = value } },
            "svaCm" => Base with { Imaging = Base.Imaging! with { SvaCm = value } },
            "piMinusLlDeg" => Base with { Imaging = Base.Imaging! with { PiMinusLlDeg = value } },
            "pfirrmannGrade" => TestCases.WithLevel(Base, level with { PfirrmannGrade = (int)value, DiscHeightPercent = 45 }),
            "discHeightPercent" => TestCases.WithLevel(Base, level with { DiscHeightPercent = value }),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.Equal(verdict, TestCases.Verdict(patientCase, "fusion"));
    }

    [Theory]
    [InlineData("durationWeeks", 5, "NotIndicated")]
    [InlineData("durationWeeks", 6, "Appropriate")]
    [InlineData("durationWeeks", 7, "Appropriate")]
    [InlineData("ptWeeks", 12, "OptimizeFirst")]
    [InlineData("ptWeeks", 13, "Appropriate")]
    [InlineData("ptWeeks", 14, "Appropriate")]
    [InlineData("ptSessionsPerWeek", 1.9, "OptimizeFirst")]
    [InlineData("ptSessionsPerWeek", 2, "Appropriate")]
    [InlineData("ptSessionsPerWeek", 2.1, "Appropriate")]
    [InlineData("imagingAgeMonths", 11, "Appropriate")]
    [InlineData("imagingAgeMonths", 12, "Appropriate")]
    [InlineData("imagingAgeMonths", 13, "OptimizeFirst")]
    [InlineData("nicotineFreeWeeks", 5, "OptimizeFirst")]
    [InlineData("nicotineFreeWeeks", 6, "Appropriate")]
    [InlineData("nicotineFreeWeeks", 7, "Appropriate")]
    [InlineData("cotinineNgMl", 9.9, "Appropriate")]
    [InlineData("cotinineNgMl", 10, "Appropriate")]
    [InlineData("cotinineNgMl", 10.1, "OptimizeFirst")]
    [InlineData("hba1cPercent", 7.9, "Appropriate")]
    [InlineData("hba1cPercent", 8.0, "OptimizeFirst")]
    [InlineData("hba1cPercent", 8.1, "OptimizeFirst")]
    [InlineData("dexaTScoreMin", -2.4, "Appropriate")]
    [InlineData("dexaTScoreMin", -2.5, "OptimizeFirst")]
    [InlineData("dexaTScoreMin", -2.6, "OptimizeFirst")]
    [InlineData("ctHounsfieldL1", 109, "OptimizeFirst")]
    [InlineData("ctHounsfieldL1", 110, "OptimizeFirst")]
    [InlineData("ctHounsfieldL1", 111, "Appropriate")]
    [InlineData("ageWithoutBoneDensity", 64, "Appropriate")]
    [InlineData("ageWithoutBoneDensity", 65, "Appropriate")]
    [InlineData("ageWithoutBoneDensity", 66, "Incomplete")]
    [InlineData("bmi", 39.9, "Appropriate")]
    [InlineData("bmi", 40, "OptimizeFirst")]
    [InlineData("bmi", 40.1, "OptimizeFirst")]
    public void Gates_of_an_indicated_fusion_fail_exactly_at_their_thresholds(string field, double value, string verdict)
    {
        var patient = Indicated.Patient!;
        var patientCase = field switch
        {
            "durationWeeks" => Indicated with { Symptoms = Indicated.Symptoms! with { DurationWeeks = (int)value } },
            "ptWeeks" => Indicated with { Care = Indicated.Care! with { PtWeeks = (int)value } },
            "ptSessionsPerWeek" => Indicated with { Care = Indicated.Care! with { PtSessionsPerWeek = value } },
            "imagingAgeMonths" => Indicated with { Imaging = Indicated.Imaging! with { AgeMonths = (int)value } },
            "nicotineFreeWeeks" => Indicated with { Patient = patient with { SmokingStatus = SmokingStatus.Former, NicotineFreeWeeks = (int)value, CotinineNgMl = 2 } },
            "cotinineNgMl" => Indicated with { Patient = patient with { CotinineNgMl = value } },
            "hba1cPercent" => Indicated with { Patient = patient with { Diabetes = true, HbA1cPercent = value } },
            "dexaTScoreMin" => Indicated with { Patient = patient with { DexaTScoreMin = value } },
            "ctHounsfieldL1" => Indicated with { Patient = patient with { DexaTScoreMin = null, CtHounsfieldL1 = value } },
            "ageWithoutBoneDensity" => Indicated with { Patient = patient with { Age = (int)value, DexaTScoreMin = null } },
            "bmi" => Indicated with { Patient = patient with { Bmi = value } },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.Equal(verdict, TestCases.Verdict(patientCase, "fusion"));
    }

    [Fact]
    public void Discogenic_collapse_alone_needs_six_months_of_care()
    {
        var collapse = TestCases.WithLevel(Indicated, TestCases.FusionLevel with { PfirrmannGrade = 5, DiscHeightPercent = 45 });

        Assert.Equal("OptimizeFirst", TestCases.Verdict(collapse with { Care = collapse.Care! with { PtWeeks = 25 } }, "fusion"));
        Assert.Equal("Appropriate", TestCases.Verdict(collapse with { Care = collapse.Care! with { PtWeeks = 26 } }, "fusion"));
        Assert.Equal("Appropriate", TestCases.Verdict(collapse with { Care = collapse.Care! with { PtWeeks = 27 } }, "fusion"));
    }

    [Theory]
    [InlineData("hba1cPercent", 6.9, null)]
    [InlineData("hba1cPercent", 7.0, "Warning_HbA1cAboveTarget")]
    [InlineData("hba1cPercent", 7.1, "Warning_HbA1cAboveTarget")]
    [InlineData("dexaTScoreMin", -0.9, null)]
    [InlineData("dexaTScoreMin", -1.0, "Warning_Osteopenia")]
    [InlineData("dexaTScoreMin", -1.1, "Warning_Osteopenia")]
    [InlineData("vitaminDNgMl", 20, "Warning_VitaminDInadequate")]
    [InlineData("vitaminDNgMl", 29.9, "Warning_VitaminDInadequate")]
    [InlineData("vitaminDNgMl", 30, null)]
    [InlineData("asaClass", 2, null)]
    [InlineData("asaClass", 3, "Warning_HighAnaestheticRisk")]
    [InlineData("asaClass", 4, "Warning_HighAnaestheticRisk")]
    public void Fusion_warnings_start_exactly_at_their_thresholds_and_leave_the_verdict(string field, double value, string? warning)
    {
        var patient = Indicated.Patient!;
        var changed = field switch
        {
            "hba1cPercent" => patient with { HbA1cPercent = value },
            "dexaTScoreMin" => patient with { DexaTScoreMin = value },
            "vitaminDNgMl" => patient with { VitaminDNgMl = value },
            "asaClass" => patient with { AsaClass = (int)value },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var fusion = TestCases.DefaultEngine.Evaluate(Indicated with { Patient = changed }).Find("fusion")!;

        Assert.Equal("Appropriate", fusion.Verdict);
        Assert.Equal(warning is null ? [] : [warning], fusion.Warnings.Select(w => w.RuleName));
    }
}
