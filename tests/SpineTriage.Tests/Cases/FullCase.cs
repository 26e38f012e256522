using SpineTriage.Cases;

namespace SpineTriage.Tests.Cases;

/// <summary>A case with every field set, to round-trip and to vary at boundaries.</summary>
internal static class FullCase
{
    public static PatientCase Create() => new()
    {
        Patient = new PatientDetails
        {
            Age = 58, Sex = Sex.Female, Bmi = 28.5, SmokingStatus = SmokingStatus.Former, NicotineFreeWeeks = 12, CotinineNgMl = 2.5,
            Diabetes = true, HbA1cPercent = 7.2, DexaTScoreMin = -1.4, CtHounsfieldL1 = 150, VitaminDNgMl = 31, AlbuminGDl = 4.0,
            AsaClass = 2, PsychScreen = PsychScreen.Managed, CrpMgL = 4.5, EsrMmH = 12, WoundDrainage = false, RecentFeverOver38C = false,
            Pregnant = false, BleedingDisorder = false, ContrastAllergy = false,
        },
        Symptoms = new SymptomFindings
        {
            DurationWeeks = 30, BackPainNrs = 7, LegPainNrs = 3, BackPainVasMm = 70, LegPainVasMm = 25, Odi = 40, Rmdq = 12,
            Radicular = false, LegPainBelowKnee = false, RedFlags = [RedFlag.NightPain, RedFlag.IvDrugUse],
            RedFlagsWorkedUp = [RedFlag.NightPain], MotorDeficit = MotorDeficit.Stable,
            ImagingConcordant = true,
        },
        Imaging = new ImagingFindings
        {
            AgeMonths = 3, CobbDeg = 12, SvaCm = -1.5, PiMinusLlDeg = 9,
            Levels =
            [
                new ImagingLevel
                {
                    Level = "L5-S1", TranslationMm = 1.5, AngulationDeg = 4, MeyerdingGrade = 1, SpondylolisthesisType = SpondylolisthesisType.Degenerative,
                    ParsDefect = false, Stenosis = StenosisGrade.Mild, PfirrmannGrade = 3, ModicType = 1, DiscHeightPercent = 70,
                    AnnularFissureGrade = 3, HighIntensityZone = true, Containment = DiscContainment.Protrusion, ProtrusionMm = 3,
                    DiscographyConcordant = true,
                },
            ],
        },
        Care = new ConservativeCare
        {
            PtWeeks = 14, PtSessionsPerWeek = 2.5, HomeProgram = true, HomeProgramMinutesPerDay = 20, WeeklyTracking = true,
            ImprovementAtWeek6 = ImprovementAtWeek6.Partial, Injections = [new Injection { Type = InjectionType.Mbb, Response = InjectionResponse.Temporary }],
            MedialBranchBlock = MedialBranchBlockResult.Negative,
        },
        Surgery = new SurgicalHistory
        {
            PriorFusion = true, MonthsSinceIndexFusion = 14, FusionStatusCt = FusionStatus.Nonunion, ScrewLucencyMm = 0.5, RodFracture = false,
            CageSubsidence = false, AdjacentSegmentDisease = false, AdjacentLevel = "L5-S1", MonthsSinceLastLumbarSurgery = 10, SecondOpinionObtained = true,
        },
    };
}
