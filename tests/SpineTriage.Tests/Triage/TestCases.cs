using SpineTriage.Cases;

namespace SpineTriage.Tests.Triage;

/// <summary>Small built cases: each is fully documented so exactly one field decides the verdict under test.</summary>
internal static class TestCases
{
    public static readonly TriageEngine DefaultEngine = TriageEngine.Create();

    /// <summary>A stable, non-degenerate L4-L5 level without a disc lesion.</summary>
    public static ImagingLevel FusionLevel { get; } = new()
    {
        Level = "L4-L5", TranslationMm = 1, AngulationDeg = 2, MeyerdingGrade = 0, SpondylolisthesisType = SpondylolisthesisType.None, ParsDefect = false,
        Stenosis = StenosisGrade.None, PfirrmannGrade = 3, ModicType = 0, DiscHeightPercent = 80, AnnularFissureGrade = 1, HighIntensityZone = false,
        Containment = DiscContainment.None,
    };

    /// <summary>A documented fusion work-up (pain 7/10, ODI 40, a negative infection screen) with every gate met and no structural finding: fusion NotIndicated (nonspecific pain).</summary>
    public static PatientCase FusionBase { get; } = new()
    {
        Patient = new PatientDetails
        {
            Age = 55, Sex = Sex.Female, Bmi = 27, SmokingStatus = SmokingStatus.Never, Diabetes = false, HbA1cPercent = 5.4,
            DexaTScoreMin = 0.5, AlbuminGDl = 4.2, VitaminDNgMl = 35, AsaClass = 2, PsychScreen = PsychScreen.None,
            CrpMgL = 3, EsrMmH = 10, WoundDrainage = false, RecentFeverOver38C = false,
        },
        Symptoms = new SymptomFindings
        {
            DurationWeeks = 40, BackPainNrs = 7, LegPainNrs = 2, BackPainVasMm = 70, LegPainVasMm = 20, Odi = 40, Rmdq = 12, Radicular = false, LegPainBelowKnee = false, RedFlags = [], MotorDeficit = MotorDeficit.None, ImagingConcordant = true,
        },
        Imaging = new ImagingFindings { AgeMonths = 3, Levels = [FusionLevel] },
        Care = new ConservativeCare { PtWeeks = 30, PtSessionsPerWeek = 2.5, HomeProgram = true, HomeProgramMinutesPerDay = 20, WeeklyTracking = true, Injections = [], MedialBranchBlock = MedialBranchBlockResult.NotDone },
        Surgery = new SurgicalHistory { PriorFusion = false },
    };

    /// <summary>The fusion base with a dynamic instability of 4.5 mm: fusion Appropriate.</summary>
    public static PatientCase FusionIndicated => WithLevel(FusionBase, FusionLevel with { TranslationMm = 4.5 });

    /// <summary>A biologic candidate: a grade 3 tear at L5-S1 with concordant discography after 30 weeks of structured care.</summary>
    public static PatientCase BiologicCandidate => WithLevel(
        FusionBase,
        FusionLevel with { Level = "L5-S1", AnnularFissureGrade = 3, HighIntensityZone = true, DiscHeightPercent = 80, Containment = DiscContainment.Protrusion, ProtrusionMm = 3, DiscographyConcordant = true });

    /// <summary>A prior fusion, fused on CT, without a revision indication: revision NotIndicated.</summary>
    public static PatientCase RevisionBase => FusionBase with
    {
        Surgery = new SurgicalHistory
        {
            PriorFusion = true, MonthsSinceIndexFusion = 18, FusionStatusCt = FusionStatus.Fused, ScrewLucencyMm = 0, RodFracture = false,
            CageSubsidence = false, AdjacentSegmentDisease = false, SecondOpinionObtained = true,
        },
        Patient = FusionBase.Patient! with { Age = 60, CotinineNgMl = 2 },
    };

    public static PatientCase WithLevel(PatientCase patientCase, ImagingLevel level) =>
        patientCase with { Imaging = patientCase.Imaging! with { Levels = [level] } };

    public static PatientCase Seed(string name) => PatientCaseJson.Parse(File.ReadAllText(RepositoryFiles.PathOf("seeds", name + ".json")));

    public static string Verdict(PatientCase patientCase, string assessment) => DefaultEngine.Evaluate(patientCase).Find(assessment)!.Verdict;
}
