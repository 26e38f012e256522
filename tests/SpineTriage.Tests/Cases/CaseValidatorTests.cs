using SpineTriage.Cases;

namespace SpineTriage.Tests.Cases;

public sealed class CaseValidatorTests
{
    private static readonly PatientCase Empty = new();

    private static PatientCase P(Func<PatientDetails, PatientDetails> set) => Empty with { Patient = set(new PatientDetails()) };

    private static PatientCase S(Func<SymptomFindings, SymptomFindings> set) => Empty with { Symptoms = set(new SymptomFindings()) };

    private static PatientCase I(Func<ImagingFindings, ImagingFindings> set) => Empty with { Imaging = set(new ImagingFindings()) };

    private static PatientCase L(Func<ImagingLevel, ImagingLevel> set) => Empty with { Imaging = new ImagingFindings { Levels = [set(new ImagingLevel())] } };

    private static PatientCase C(Func<ConservativeCare, ConservativeCare> set) => Empty with { Care = set(new ConservativeCare()) };

    private static PatientCase G(Func<SurgicalHistory, SurgicalHistory> set) => Empty with { Surgery = set(new SurgicalHistory()) };

    /// <summary>Path, lowest valid, highest valid (null = no upper bound), and the case builder.</summary>
    public static TheoryData<string, double, double?, Func<double, PatientCase>> Ranges => new()
    {
        { "$.patient.age", 0, 120, v => P(p => p with { Age = (int)v }) },
        { "$.patient.bmi", 10, 90, v => P(p => p with { Bmi = v }) },
        { "$.patient.nicotineFreeWeeks", 0, null, v => P(p => p with { NicotineFreeWeeks = (int)v }) },
        { "$.patient.cotinineNgMl", 0, null, v => P(p => p with { CotinineNgMl = v }) },
        { "$.patient.hba1cPercent", 3, 20, v => P(p => p with { HbA1cPercent = v }) },
        { "$.patient.dexaTScoreMin", -6, 4, v => P(p => p with { DexaTScoreMin = v }) },
        { "$.patient.ctHounsfieldL1", -200, 600, v => P(p => p with { CtHounsfieldL1 = v }) },
        { "$.patient.vitaminDNgMl", 0, 200, v => P(p => p with { VitaminDNgMl = v }) },
        { "$.patient.albuminGDl", 0, 7, v => P(p => p with { AlbuminGDl = v }) },
        { "$.patient.asaClass", 1, 6, v => P(p => p with { AsaClass = (int)v }) },
        { "$.patient.crpMgL", 0, 1000, v => P(p => p with { CrpMgL = v }) },
        { "$.patient.esrMmH", 0, 200, v => P(p => p with { EsrMmH = v }) },
        { "$.symptoms.durationWeeks", 0, null, v => S(s => s with { DurationWeeks = (int)v }) },
        { "$.symptoms.backPainNrs", 0, 10, v => S(s => s with { BackPainNrs = (int)v }) },
        { "$.symptoms.legPainNrs", 0, 10, v => S(s => s with { LegPainNrs = (int)v }) },
        { "$.symptoms.backPainVasMm", 0, 100, v => S(s => s with { BackPainVasMm = v }) },
        { "$.symptoms.legPainVasMm", 0, 100, v => S(s => s with { LegPainVasMm = v }) },
        { "$.symptoms.odi", 0, 100, v => S(s => s with { Odi = (int)v }) },
        { "$.symptoms.rmdq", 0, 24, v => S(s => s with { Rmdq = (int)v }) },
        { "$.imaging.ageMonths", 0, null, v => I(i => i with { AgeMonths = (int)v }) },
        { "$.imaging.cobbDeg", 0, null, v => I(i => i with { CobbDeg = v }) },
        { "$.imaging.levels[0].translationMm", 0, null, v => L(l => l with { TranslationMm = v }) },
        { "$.imaging.levels[0].angulationDeg", 0, null, v => L(l => l with { AngulationDeg = v }) },
        { "$.imaging.levels[0].meyerdingGrade", 0, 5, v => L(l => l with { MeyerdingGrade = (int)v }) },
        { "$.imaging.levels[0].pfirrmannGrade", 1, 5, v => L(l => l with { PfirrmannGrade = (int)v }) },
        { "$.imaging.levels[0].modicType", 0, 3, v => L(l => l with { ModicType = (int)v }) },
        { "$.imaging.levels[0].discHeightPercent", 0, 100, v => L(l => l with { DiscHeightPercent = v }) },
        { "$.imaging.levels[0].annularFissureGrade", 0, 5, v => L(l => l with { AnnularFissureGrade = (int)v }) },
        { "$.imaging.levels[0].protrusionMm", 0, null, v => L(l => l with { ProtrusionMm = v }) },
        { "$.care.ptWeeks", 0, null, v => C(c => c with { PtWeeks = (int)v }) },
        { "$.care.ptSessionsPerWeek", 0, 14, v => C(c => c with { PtSessionsPerWeek = v }) },
        { "$.care.homeProgramMinutesPerDay", 0, 600, v => C(c => c with { HomeProgramMinutesPerDay = (int)v }) },
        { "$.surgery.monthsSinceIndexFusion", 0, null, v => G(s => s with { PriorFusion = true, MonthsSinceIndexFusion = v }) },
        { "$.surgery.screwLucencyMm", 0, null, v => G(s => s with { PriorFusion = true, ScrewLucencyMm = v }) },
        { "$.surgery.monthsSinceLastLumbarSurgery", 0, null, v => G(s => s with { MonthsSinceLastLumbarSurgery = v }) },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Values_at_the_range_bounds_are_accepted(string path, double min, double? max, Func<double, PatientCase> build)
    {
        Assert.Empty(CaseValidator.Validate(build(min)));
        Assert.Empty(CaseValidator.Validate(build(max ?? 1_000)));
        Assert.NotNull(path);
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Values_just_outside_the_range_are_rejected_at_their_path(string path, double min, double? max, Func<double, PatientCase> build)
    {
        var step = path.EndsWith("Mm", StringComparison.Ordinal) || path.Contains("bmi", StringComparison.Ordinal) ? 0.1 : 1;
        var below = Assert.Single(CaseValidator.Validate(build(min - step)));
        Assert.Equal(path, below.JsonPath);
        Assert.Equal("SPC100", below.Code);
        if (max is { } upper)
        {
            Assert.Equal(path, Assert.Single(CaseValidator.Validate(build(upper + step))).JsonPath);
        }
    }

    [Fact]
    public void Not_a_number_is_out_of_range()
    {
        Assert.Single(CaseValidator.Validate(P(p => p with { Bmi = double.NaN })));
        Assert.Single(CaseValidator.Validate(I(i => i with { SvaCm = double.PositiveInfinity })));
    }

    [Theory]
    [InlineData("L4-L5", true)]
    [InlineData("L5-S1", true)]
    [InlineData("T12-L1", true)]
    [InlineData("T11-T12", true)]
    [InlineData("L5-L6", true)]
    [InlineData("L6-S1", true)]
    [InlineData("L4-L6", false)]
    [InlineData("L5-L4", false)]
    [InlineData("l4-l5", false)]
    [InlineData("L4/L5", false)]
    [InlineData("S1-S2", false)]
    [InlineData("L4-S1", false)]
    public void Level_names_must_be_two_adjacent_vertebrae(string name, bool valid)
    {
        var problems = CaseValidator.Validate(L(l => l with { Level = name }));

        Assert.Equal(valid, problems.Count == 0);
    }

    [Fact]
    public void A_level_listed_twice_is_a_problem()
    {
        var imaging = new ImagingFindings { Levels = [new ImagingLevel { Level = "L4-L5" }, new ImagingLevel { Level = "L4-L5" }] };

        var problem = Assert.Single(CaseValidator.Validate(Empty with { Imaging = imaging }));

        Assert.Equal("$.imaging.levels[1].level", problem.JsonPath);
    }

    [Theory]
    [InlineData("monthsSinceIndexFusion")]
    [InlineData("fusionStatusCt")]
    [InlineData("screwLucencyMm")]
    [InlineData("rodFracture")]
    [InlineData("cageSubsidence")]
    [InlineData("adjacentSegmentDisease")]
    [InlineData("adjacentLevel")]
    public void Fusion_details_contradict_priorFusion_false(string field)
    {
        var surgery = field switch
        {
            "monthsSinceIndexFusion" => new SurgicalHistory { MonthsSinceIndexFusion = 3 },
            "fusionStatusCt" => new SurgicalHistory { FusionStatusCt = FusionStatus.Fused },
            "screwLucencyMm" => new SurgicalHistory { ScrewLucencyMm = 0 },
            "rodFracture" => new SurgicalHistory { RodFracture = true },
            "cageSubsidence" => new SurgicalHistory { CageSubsidence = true },
            "adjacentLevel" => new SurgicalHistory { AdjacentLevel = "L3-L4" },
            _ => new SurgicalHistory { AdjacentSegmentDisease = true },
        };

        var problem = Assert.Single(CaseValidator.Validate(Empty with { Surgery = surgery with { PriorFusion = false } }));

        Assert.Equal("SPC110", problem.Code);
        Assert.Equal($"$.surgery.{field}", problem.JsonPath);
        Assert.Empty(CaseValidator.Validate(Empty with { Surgery = surgery with { PriorFusion = true } }));
        Assert.Empty(CaseValidator.Validate(Empty with { Surgery = surgery with { PriorFusion = null } }));
    }

    [Fact]
    public void Absent_hardware_findings_do_not_contradict_priorFusion_false()
    {
        var surgery = new SurgicalHistory { PriorFusion = false, RodFracture = false, CageSubsidence = false, AdjacentSegmentDisease = false };

        Assert.Empty(CaseValidator.Validate(Empty with { Surgery = surgery }));
    }

    [Fact]
    public void Nicotine_free_weeks_with_never_smoker_and_hba1c_without_diabetes_are_fine()
    {
        Assert.Empty(CaseValidator.Validate(P(p => p with { SmokingStatus = SmokingStatus.Never, NicotineFreeWeeks = 500, HbA1cPercent = 6 })));
    }

    [Fact]
    public void Slip_contradictions_are_reported()
    {
        Assert.Single(CaseValidator.Validate(L(l => l with { MeyerdingGrade = 1, SpondylolisthesisType = SpondylolisthesisType.None })));
        Assert.Single(CaseValidator.Validate(L(l => l with { SpondylolisthesisType = SpondylolisthesisType.Isthmic, ParsDefect = false })));
        Assert.Single(CaseValidator.Validate(L(l => l with { Containment = DiscContainment.None, ProtrusionMm = 2 })));
        Assert.Empty(CaseValidator.Validate(L(l => l with { MeyerdingGrade = 0, SpondylolisthesisType = SpondylolisthesisType.None, ProtrusionMm = 0, Containment = DiscContainment.None })));
    }

    [Fact]
    public void A_medial_branch_block_injection_contradicts_notDone()
    {
        var care = new ConservativeCare { Injections = [new Injection { Type = InjectionType.Mbb }], MedialBranchBlock = MedialBranchBlockResult.NotDone };

        Assert.Equal("$.care.medialBranchBlock", Assert.Single(CaseValidator.Validate(Empty with { Care = care })).JsonPath);
    }

    [Fact]
    public void A_red_flag_listed_twice_is_a_problem()
    {
        Assert.Single(CaseValidator.Validate(S(s => s with { RedFlags = [RedFlag.Fever, RedFlag.Fever] })));
    }

    [Fact]
    public void A_worked_up_red_flag_must_be_one_of_the_red_flags()
    {
        var problem = Assert.Single(CaseValidator.Validate(S(s => s with { RedFlags = [RedFlag.CancerHistory], RedFlagsWorkedUp = [RedFlag.CancerHistory, RedFlag.NightPain] })));

        Assert.Equal(("SPC110", "$.symptoms.redFlagsWorkedUp"), (problem.Code, problem.JsonPath));
        Assert.Contains("'nightPain'", problem.Message, StringComparison.Ordinal);
        Assert.Empty(CaseValidator.Validate(S(s => s with { RedFlags = [RedFlag.CancerHistory, RedFlag.NightPain], RedFlagsWorkedUp = [RedFlag.NightPain] })));
        Assert.Single(CaseValidator.Validate(S(s => s with { RedFlags = [RedFlag.NightPain], RedFlagsWorkedUp = [RedFlag.NightPain, RedFlag.NightPain] })));
    }

    [Fact]
    public void The_last_lumbar_operation_cannot_be_longer_ago_than_the_index_fusion()
    {
        var problem = Assert.Single(CaseValidator.Validate(G(s => s with { PriorFusion = true, MonthsSinceIndexFusion = 4, MonthsSinceLastLumbarSurgery = 9 })));

        Assert.Equal("$.surgery.monthsSinceLastLumbarSurgery", problem.JsonPath);
        Assert.Empty(CaseValidator.Validate(G(s => s with { PriorFusion = true, MonthsSinceIndexFusion = 9, MonthsSinceLastLumbarSurgery = 4 })));
        Assert.Empty(CaseValidator.Validate(G(s => s with { PriorFusion = false, MonthsSinceLastLumbarSurgery = 2 })));
    }

    [Theory]
    [InlineData("L3-L4", "L3-L4,L4-L5", 0)]
    [InlineData("L2-L3", "L3-L4,L4-L5", 1)]
    [InlineData("L2-L3", "L3-L4,", 0)]
    [InlineData("L3/L4", "L3-L4", 1)]
    public void The_adjacent_level_is_a_level_name_among_the_imaged_levels(string adjacent, string imaged, int problems)
    {
        var levels = imaged.Split(',').Select(n => new ImagingLevel { Level = n.Length == 0 ? null : n }).ToArray();
        var patientCase = G(s => s with { PriorFusion = true, AdjacentLevel = adjacent }) with { Imaging = new ImagingFindings { Levels = levels } };

        var found = CaseValidator.Validate(patientCase);

        Assert.Equal(problems, found.Count);
        Assert.All(found, p => Assert.Equal("$.surgery.adjacentLevel", p.JsonPath));
    }

    [Fact]
    public void Every_problem_is_listed()
    {
        var patientCase = P(p => p with { Age = -1, Bmi = 100, AsaClass = 7 }) with { Symptoms = new SymptomFindings { Odi = 101 } };

        Assert.Equal(["$.patient.age", "$.patient.bmi", "$.patient.asaClass", "$.symptoms.odi"], CaseValidator.Validate(patientCase).Select(p => p.JsonPath));
        Assert.Throws<CaseValidationException>(() => CaseValidator.ThrowIfInvalid(patientCase));
    }

    [Fact]
    public void The_full_case_is_valid()
    {
        Assert.Empty(CaseValidator.Validate(FullCase.Create()));
    }
}
