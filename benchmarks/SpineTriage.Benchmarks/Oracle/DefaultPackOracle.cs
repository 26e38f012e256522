using SpineTriage.Cases;
using static SpineTriage.Benchmarks.Oracle.Kleene;

namespace SpineTriage.Benchmarks.Oracle;

/// <summary>
/// The physical limit: the default pack's three assessments (rules/*.json, default thresholds) and its verdict
/// resolution (rules/README.md) written by hand in C#, three-valued as the engine is. Like the engine, each assessment
/// decides EVERY rule of its workflow (its own rules in file order, then the injected red flags: the report lists
/// warnings, notes and every outcome), then resolves the verdict. Kept equal to the engine, rule by rule and verdict by
/// verdict, by a test on 100,000 random cases (tests/SpineTriage.Tests links this file).
/// </summary>
internal static partial class DefaultPackOracle
{
    /// <summary>The number of rules of each assessment's workflow (own and injected), the length of its outcome array.</summary>
    public const int FusionRules = 38;

    private static readonly string[] FusionVerdicts = ["Urgent", "NeedsWorkup", "NotIndicated", "OptimizeFirst", "Appropriate", "AlternativesFirst"];

    /// <summary>The verdict each rule supports (an index into the verdicts), or -1.</summary>
    private static readonly sbyte[] FusionRuleVerdicts = [1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, -1];

    public static string Fusion(PatientCase c, K[] o)
    {
        var (p, s, i, care) = (c.Patient, c.Symptoms, c.Imaging, c.Care);
        var levels = i?.Levels;
        var unstable = Any(levels, static l => Unstable(l));
        var degenerativeSlip = Any(levels, static l => And(Is(l.SpondylolisthesisType, SpondylolisthesisType.Degenerative), Ge(l.MeyerdingGrade, 2)));
        var otherSlip = Any(levels, static l => And(Or(Is(l.SpondylolisthesisType, SpondylolisthesisType.Dysplastic), Is(l.SpondylolisthesisType, SpondylolisthesisType.Iatrogenic)), Ge(l.MeyerdingGrade, 2)));
        var isthmicSlip = Any(levels, static l => And(Is(l.SpondylolisthesisType, SpondylolisthesisType.Isthmic), Ge(l.MeyerdingGrade, 3)));
        var instabilityOrSlip = Any(levels, static l => FusionCriterion(l));
        var adultDeformity = Of((i?.CobbDeg > 30) || (i?.SvaCm > 8) || (i?.PiMinusLlDeg > 15));
        var endStageCount = CountOf(levels, static l => EndStage(l));
        var endStage = And(Any(levels, static l => EndStage(l)), endStageCount is { } n ? Of(n <= 2) : K.U);
        var structural = Or(Or(adultDeformity, instabilityOrSlip), endStage);
        var notStructural = Not(structural);

        o[0] = And(Ge(s?.DurationWeeks, 6), Is(s?.ImagingConcordant, false));
        o[1] = Lt(s?.DurationWeeks, 6);
        o[2] = Not(SymptomGate(s));
        o[3] = And(notStructural, Any(levels, static l => Isnt(l.Stenosis, StenosisGrade.None)));
        o[4] = And(notStructural, Any(levels, static l => Or(Is(l.Containment, DiscContainment.Extrusion), Is(l.Containment, DiscContainment.Sequestration))));
        o[5] = And(And(Not(instabilityOrSlip), Not(adultDeformity)), endStageCount is { } m ? Of(m > 2) : K.U);
        o[6] = And(notStructural, Of(care?.MedialBranchBlock == MedialBranchBlockResult.Positive));
        o[7] = And(And(notStructural, endStageCount is { } z ? Of(!(z > 2)) : K.U), All(levels, static l => And(And(Is(l.Stenosis, StenosisGrade.None), Or(Is(l.Containment, DiscContainment.None), Is(l.Containment, DiscContainment.Bulge))),
            And(Lt(l.AnnularFissureGrade, 3), Is(l.HighIntensityZone, false)))));
        o[8] = And(structural, Nicotine(p));
        o[9] = And(structural, Lt(care?.PtWeeks, 13));
        o[10] = And(endStage, And(And(Not(instabilityOrSlip), Not(adultDeformity)), Lt(care?.PtWeeks, 26)));
        o[11] = And(structural, Or(Lt(care?.PtSessionsPerWeek, 2), Is(care?.HomeProgram, false)));
        o[12] = And(structural, Of(p?.PsychScreen == PsychScreen.Unmanaged));
        o[13] = And(structural, Gt(i?.AgeMonths, 12));
        o[14] = And(structural, Glycaemia(p));
        o[15] = And(structural, Osteoporosis(p));
        o[16] = And(structural, Ge(p?.Bmi, 40));
        o[17] = And(structural, Lt(p?.AlbuminGDl, 3.5));
        o[18] = And(structural, Lt(p?.VitaminDNgMl, 20));
        o[19] = unstable;
        o[20] = degenerativeSlip;
        o[21] = otherSlip;
        o[22] = isthmicSlip;
        o[23] = adultDeformity;
        o[24] = endStage;
        o[25] = And(notStructural, Any(levels, static l => Or(Or(Ge(l.AnnularFissureGrade, 3), Is(l.HighIntensityZone, true)), Is(l.Containment, DiscContainment.Protrusion))));
        o[26] = And(Ge(p?.HbA1cPercent, 7.0), Lt(p?.HbA1cPercent, 8.0));
        o[27] = And(Gt(p?.DexaTScoreMin, -2.5), Le(p?.DexaTScoreMin, -1.0));
        o[28] = And(And(Of(p?.DexaTScoreMin is null), Gt(p?.CtHounsfieldL1, 110)), Lt(p?.CtHounsfieldL1, 160));
        o[29] = Ge(p?.AsaClass, 3);
        o[30] = And(Ge(p?.VitaminDNgMl, 20), Lt(p?.VitaminDNgMl, 30));
        o[31] = Of(care?.ImprovementAtWeek6 == ImprovementAtWeek6.None);
        RedFlags(s, o, 32);
        return Resolve(o, FusionRuleVerdicts, FusionVerdicts, defaultIndex: 5);
    }

    /// <summary>End-stage collapse at a level: Pfirrmann 5 unless a disc height of 50 % or more rules it out, or a disc height under 30 %.</summary>
    private static K EndStage(ImagingLevel l) => Or(And(Ge(l.PfirrmannGrade, 5), Of(l.DiscHeightPercent is null || l.DiscHeightPercent < 50)), Of(l.DiscHeightPercent < 30));

    /// <summary>Count over a collection as the engine counts: Unknown (null) for a missing collection or once an element is undecided.</summary>
    private static int? CountOf(IReadOnlyList<ImagingLevel>? levels, Func<ImagingLevel, K> predicate)
    {
        if (levels is null)
        {
            return null;
        }

        var count = 0;
        for (var n = 0; n < levels.Count; n++)
        {
            var t = predicate(levels[n]);
            if (t == K.U)
            {
                return null;
            }

            count += t == K.T ? 1 : 0;
        }

        return count;
    }

    /// <summary>The six injected red-flag rules (cauda equina, progressive deficit, and infection, malignancy and fracture unless worked up; the worked-up note).</summary>
    private static void RedFlags(SymptomFindings? s, K[] o, int first)
    {
        var flags = s?.RedFlags;
        o[first] = Of(flags is not null && (Has(flags, Cases.RedFlag.SaddleAnesthesia) || Has(flags, Cases.RedFlag.UrinaryRetention) || Has(flags, Cases.RedFlag.BowelIncontinence) || Has(flags, Cases.RedFlag.BilateralSciatica)));
        o[first + 1] = Of(s?.MotorDeficit == MotorDeficit.Progressive);
        o[first + 2] = Of(flags is not null && (Active(s!, Cases.RedFlag.Fever) || Active(s!, Cases.RedFlag.IvDrugUse) || Active(s!, Cases.RedFlag.Immunosuppression)));
        o[first + 3] = Of(flags is not null && (Active(s!, Cases.RedFlag.CancerHistory) || Active(s!, Cases.RedFlag.UnexplainedWeightLoss) || Active(s!, Cases.RedFlag.NightPain)));
        o[first + 4] = Of(flags is not null && (Active(s!, Cases.RedFlag.MajorTrauma) || Active(s!, Cases.RedFlag.MinorTraumaOsteoporotic) || Active(s!, Cases.RedFlag.ChronicSteroids)));
        o[first + 5] = Of(s?.RedFlagsWorkedUp is { Count: > 0 });
    }

    /// <summary>A flag is present and not documented as worked up.</summary>
    private static bool Active(SymptomFindings s, RedFlag flag) => Has(s.RedFlags!, flag) && !WorkedUp(s, flag);

    private static bool WorkedUp(SymptomFindings s, RedFlag flag) => s.RedFlagsWorkedUp is { } workedUp && Has(workedUp, flag);

    private static bool CaudaEquinaSign(RedFlag flag) =>
        flag is Cases.RedFlag.SaddleAnesthesia or Cases.RedFlag.UrinaryRetention or Cases.RedFlag.BowelIncontinence or Cases.RedFlag.BilateralSciatica;

    private static bool Has(IReadOnlyList<RedFlag> flags, RedFlag flag)
    {
        for (var n = 0; n < flags.Count; n++)
        {
            if (flags[n] == flag)
            {
                return true;
            }
        }

        return false;
    }

    private static K Unstable(ImagingLevel l) => Or(Gt(l.TranslationMm, 3), Of(l.AngulationDeg >= 10));

    private static K Nicotine(PatientDetails? p) =>
        Or(Or(Is(p?.SmokingStatus, SmokingStatus.Current), And(Is(p?.SmokingStatus, SmokingStatus.Former), Or(Lt(p?.NicotineFreeWeeks, 6), And(Lt(p?.NicotineFreeWeeks, 52), Not(Le(p?.CotinineNgMl, 10)))))),
            Of(p?.CotinineNgMl > 10));

    private static K Glycaemia(PatientDetails? p) => Or(Of(p?.HbA1cPercent >= 8.0), And(Is(p?.Diabetes, true), Ge(p?.HbA1cPercent, 8.0)));

    private static K Osteoporosis(PatientDetails? p)
    {
        var indicated = Or(Gt(p?.Age, 65), Of(p?.DexaTScoreMin is not null || p?.CtHounsfieldL1 is not null));
        var low = Or(And(Le(p?.DexaTScoreMin, -2.5), Of(p?.DexaTScoreMin is not null || p?.CtHounsfieldL1 is null)), And(Of(p?.DexaTScoreMin is null), Le(p?.CtHounsfieldL1, 110)));
        return And(indicated, low);
    }
}
