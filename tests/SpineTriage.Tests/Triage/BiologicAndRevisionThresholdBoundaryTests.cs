using SpineTriage.Cases;

namespace SpineTriage.Tests.Triage;

/// <summary>DESIGN §6.4 biologic and revision thresholds: exactly at, just below and just above each one.</summary>
public sealed class BiologicAndRevisionThresholdBoundaryTests
{
    private static readonly PatientCase Candidate = TestCases.BiologicCandidate;
    private static readonly PatientCase Revision = TestCases.RevisionBase;
    private static readonly PatientCase RevisionReady = Revision with { Surgery = Revision.Surgery! with { RodFracture = true } };

    [Theory]
    [InlineData("tearGrade", 2, "NotCandidate")]
    [InlineData("tearGrade", 3, "Candidate")]
    [InlineData("tearGrade", 4, "Candidate")]
    [InlineData("tearGrade", 5, "NotCandidate")]
    [InlineData("discHeightPercent", 49.9, "NotCandidate")]
    [InlineData("discHeightPercent", 50, "Candidate")]
    [InlineData("discHeightPercent", 50.1, "Candidate")]
    [InlineData("protrusionMm", 4.9, "Candidate")]
    [InlineData("protrusionMm", 5, "NotCandidate")]
    [InlineData("protrusionMm", 5.1, "NotCandidate")]
    [InlineData("translationMm", 2.9, "Candidate")]
    [InlineData("translationMm", 3.0, "Candidate")]
    [InlineData("translationMm", 3.1, "NotCandidate")]
    [InlineData("meyerdingGrade", 1, "Candidate")]
    [InlineData("meyerdingGrade", 2, "NotCandidate")]
    [InlineData("meyerdingGrade", 3, "NotCandidate")]
    [InlineData("durationWeeks", 25, "ConservativeCareFirst")]
    [InlineData("durationWeeks", 26, "Candidate")]
    [InlineData("durationWeeks", 27, "Candidate")]
    [InlineData("ptWeeks", 12, "ConservativeCareFirst")]
    [InlineData("ptWeeks", 13, "Candidate")]
    [InlineData("ptWeeks", 14, "Candidate")]
    [InlineData("ptSessionsPerWeek", 1.9, "ConservativeCareFirst")]
    [InlineData("ptSessionsPerWeek", 2, "Candidate")]
    [InlineData("ptSessionsPerWeek", 2.1, "Candidate")]
    public void Biologic_candidacy_changes_exactly_at_its_thresholds(string field, double value, string verdict)
    {
        var level = Candidate.Imaging!.Levels![0];
        var patientCase = field switch
        {
            "tearGrade" => TestCases.WithLevel(Candidate, level with { AnnularFissureGrade = (int)value, HighIntensityZone = false }),
            "discHeightPercent" => TestCases.WithLevel(Candidate, level with { DiscHeightPercent = value }),
            "protrusionMm" => TestCases.WithLevel(Candidate, level with { ProtrusionMm = value }),
            "translationMm" => TestCases.WithLevel(Candidate, level with { TranslationMm = value }),
            "meyerdingGrade" => TestCases.WithLevel(Candidate, level with { MeyerdingGrade = (int)value, SpondylolisthesisType = SpondylolisthesisType.Degenerative }),
            "durationWeeks" => Candidate with { Symptoms = Candidate.Symptoms! with { DurationWeeks = (int)value } },
            "ptWeeks" => Candidate with { Care = Candidate.Care! with { PtWeeks = (int)value } },
            "ptSessionsPerWeek" => Candidate with { Care = Candidate.Care! with { PtSessionsPerWeek = value } },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.Equal(verdict, TestCases.Verdict(patientCase, "biologic"));
    }

    [Theory]
    [InlineData("nonunionMonths", 5.9, "NotIndicated")]
    [InlineData("nonunionMonths", 6, "Ready")]
    [InlineData("nonunionMonths", 6.1, "Ready")]
    [InlineData("screwLucencyMm", 0.9, "NotIndicated")]
    [InlineData("screwLucencyMm", 1.0, "Ready")]
    [InlineData("screwLucencyMm", 1.1, "Ready")]
    [InlineData("svaCm", 7.9, "NotIndicated")]
    [InlineData("svaCm", 8, "NotIndicated")]
    [InlineData("svaCm", 8.1, "Ready")]
    [InlineData("piMinusLlDeg", 15, "NotIndicated")]
    [InlineData("piMinusLlDeg", 15.1, "Ready")]
    public void Revision_indications_start_exactly_at_their_thresholds(string field, double value, string verdict)
    {
        var surgery = Revision.Surgery!;
        var patientCase = field switch
        {
            "nonunionMonths" => Revision with { Surgery = surgery with { FusionStatusCt = FusionStatus.Nonunion, MonthsSinceIndexFusion = value } },
            "screwLucencyMm" => Revision with { Surgery = surgery with { ScrewLucencyMm = value } },
            "svaCm" => Revision with { Imaging = Revision.Imaging! with { SvaCm = value } },
            "piMinusLlDeg" => Revision with { Imaging = Revision.Imaging! with { PiMinusLlDeg = value } },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.Equal(verdict, TestCases.Verdict(patientCase, "revision"));
    }

    [Fact]
    public void Implant_failure_waives_the_six_month_wait()
    {
        var early = RevisionReady with { Surgery = RevisionReady.Surgery! with { MonthsSinceIndexFusion = 3, FusionStatusCt = FusionStatus.Indeterminate } };

        var revision = TestCases.DefaultEngine.Evaluate(early).Find("revision")!;

        Assert.Equal("Ready", revision.Verdict);
        Assert.Contains(revision.Warnings, w => w.RuleName == "Warning_EarlyRevisionForImplantFailure");
    }

    [Theory]
    [InlineData("hba1cPercent", 7.9, "Ready")]
    [InlineData("hba1cPercent", 8.0, "OptimizeFirst")]
    [InlineData("hba1cPercent", 8.1, "OptimizeFirst")]
    [InlineData("albuminGDl", 3.4, "OptimizeFirst")]
    [InlineData("albuminGDl", 3.5, "Ready")]
    [InlineData("albuminGDl", 3.6, "Ready")]
    [InlineData("vitaminDNgMl", 19.9, "OptimizeFirst")]
    [InlineData("vitaminDNgMl", 20, "Ready")]
    [InlineData("vitaminDNgMl", 20.1, "Ready")]
    [InlineData("bmi", 39.9, "Ready")]
    [InlineData("bmi", 40, "OptimizeFirst")]
    [InlineData("dexaTScoreMin", -2.4, "Ready")]
    [InlineData("dexaTScoreMin", -2.5, "OptimizeFirst")]
    [InlineData("cotinineNgMl", 10, "Ready")]
    [InlineData("cotinineNgMl", 10.1, "OptimizeFirst")]
    public void Revision_gates_fail_exactly_at_their_thresholds(string field, double value, string verdict)
    {
        var patient = RevisionReady.Patient!;
        var changed = field switch
        {
            "hba1cPercent" => patient with { HbA1cPercent = value },
            "albuminGDl" => patient with { AlbuminGDl = value },
            "vitaminDNgMl" => patient with { VitaminDNgMl = value },
            "bmi" => patient with { Bmi = value },
            "dexaTScoreMin" => patient with { DexaTScoreMin = value },
            "cotinineNgMl" => patient with { CotinineNgMl = value },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.Equal(verdict, TestCases.Verdict(RevisionReady with { Patient = changed }, "revision"));
    }
}
