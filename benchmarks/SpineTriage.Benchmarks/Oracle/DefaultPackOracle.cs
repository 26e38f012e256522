using SpineTriage.Cases;
using static SpineTriage.Benchmarks.Oracle.Kleene;

namespace SpineTriage.Benchmarks.Oracle;

/// <summary>
/// The physical limit: the default pack's three assessments (rules/*.json, default thresholds) and its verdict
/// resolution (rules/README.md) written by hand in C#, three-valued as the engine is. A verdict's level is the Kleene OR
/// of its rules, computed in precedence order and only as far as needed. Kept equal to the engine by a test on 100,000
/// random cases (tests/SpineTriage.Tests links this file).
/// </summary>
internal static partial class DefaultPackOracle
{
    private static readonly string[] FusionVerdicts = ["Urgent", "NeedsWorkup", "NotIndicated", "OptimizeFirst", "Appropriate", "AlternativesFirst"];

    public static string Fusion(PatientCase c)
    {
        var (p, s, i, care) = (c.Patient, c.Symptoms, c.Imaging, c.Care);
        var walk = new PrecedenceWalk(defaultIndex: 5);
        if (walk.Met(Of(RedFlag(s)), 0))
        {
            return walk.Winner(FusionVerdicts, 0);
        }

        if (walk.Met(And(Ge(s?.DurationWeeks, 6), Is(s?.ImagingConcordant, false)), 1))
        {
            return walk.Winner(FusionVerdicts, 1);
        }

        var levels = i?.Levels;
        var instabilityOrSlip = Any(levels, static l => Or(Or(Unstable(l), And(Is(l.SpondylolisthesisType, SpondylolisthesisType.Degenerative), Ge(l.MeyerdingGrade, 2))),
            And(Is(l.SpondylolisthesisType, SpondylolisthesisType.Isthmic), Ge(l.MeyerdingGrade, 3))));
        var adultDeformity = Of((i?.CobbDeg > 30) || (i?.SvaCm > 8) || (i?.PiMinusLlDeg > 15));
        var endStage = Any(levels, static l => Or(Ge(l.PfirrmannGrade, 5), Of(l.DiscHeightPercent < 30)));
        var structural = Or(Or(adultDeformity, instabilityOrSlip), endStage);
        var notStructural = Not(structural);

        var notIndicated = Lt(s?.DurationWeeks, 6);
        if (notIndicated != K.T && notStructural != K.F)
        {
            var lesion = Any(levels, static l => Isnt(l.Stenosis, StenosisGrade.None));
            lesion = Or(lesion, Any(levels, static l => Or(Is(l.Containment, DiscContainment.Extrusion), Is(l.Containment, DiscContainment.Sequestration))));
            lesion = Or(lesion, Of(care?.MedialBranchBlock == MedialBranchBlockResult.Positive));
            lesion = Or(lesion, All(levels, static l => And(And(Is(l.Stenosis, StenosisGrade.None), Or(Is(l.Containment, DiscContainment.None), Is(l.Containment, DiscContainment.Bulge))),
                And(Lt(l.AnnularFissureGrade, 3), Is(l.HighIntensityZone, false)))));
            notIndicated = Or(notIndicated, And(notStructural, lesion));
        }

        if (walk.Met(notIndicated, 2))
        {
            return walk.Winner(FusionVerdicts, 2);
        }

        var optimize = And(endStage, And(And(Not(instabilityOrSlip), Not(adultDeformity)), Lt(care?.PtWeeks, 26)));
        if (optimize != K.T && structural != K.F)
        {
            var gates = Or(Nicotine(p), Lt(care?.PtWeeks, 13));
            gates = Or(gates, Or(Lt(care?.PtSessionsPerWeek, 2), Is(care?.HomeProgram, false)));
            gates = Or(gates, Of(p?.PsychScreen == PsychScreen.Unmanaged));
            gates = Or(gates, Gt(i?.AgeMonths, 12));
            gates = Or(gates, Or(Or(Glycaemia(p), Osteoporosis(p)), Ge(p?.Bmi, 40)));
            optimize = Or(optimize, And(structural, gates));
        }

        if (walk.Met(optimize, 3))
        {
            return walk.Winner(FusionVerdicts, 3);
        }

        // The five Appropriate rules are instability, the two slips, deformity and end-stage collapse: their OR is the structural indication.
        if (walk.Met(structural, 4))
        {
            return walk.Winner(FusionVerdicts, 4);
        }

        var alternatives = And(notStructural, Any(levels, static l => Or(Or(Ge(l.AnnularFissureGrade, 3), Is(l.HighIntensityZone, true)), Is(l.Containment, DiscContainment.Protrusion))));
        return walk.Met(alternatives, 5) ? walk.Winner(FusionVerdicts, 5) : walk.NoneMet(FusionVerdicts);
    }

    /// <summary>Any red flag rule (cauda equina, progressive deficit, infection, malignancy, fracture): every listed flag, or a progressive deficit.</summary>
    private static bool RedFlag(SymptomFindings? s)
    {
        if (s?.MotorDeficit == MotorDeficit.Progressive)
        {
            return true;
        }

        if (s?.RedFlags is { } flags)
        {
            for (var n = 0; n < flags.Count; n++)
            {
                if (flags[n] is Cases.RedFlag.SaddleAnesthesia or Cases.RedFlag.UrinaryRetention or Cases.RedFlag.BowelIncontinence or Cases.RedFlag.BilateralSciatica
                    or Cases.RedFlag.Fever or Cases.RedFlag.IvDrugUse or Cases.RedFlag.Immunosuppression or Cases.RedFlag.CancerHistory or Cases.RedFlag.UnexplainedWeightLoss
                    or Cases.RedFlag.NightPain or Cases.RedFlag.MajorTrauma or Cases.RedFlag.MinorTraumaOsteoporotic or Cases.RedFlag.ChronicSteroids)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static K Unstable(ImagingLevel l) => Or(Gt(l.TranslationMm, 3), Of(l.AngulationDeg >= 10));

    private static K Nicotine(PatientDetails? p) =>
        Or(Or(Is(p?.SmokingStatus, SmokingStatus.Current), And(And(Is(p?.SmokingStatus, SmokingStatus.Former), Lt(p?.NicotineFreeWeeks, 6)), Not(Le(p?.CotinineNgMl, 10)))),
            Of(p?.CotinineNgMl > 10));

    private static K Glycaemia(PatientDetails? p) => Or(Of(p?.HbA1cPercent >= 8.0), And(Is(p?.Diabetes, true), Ge(p?.HbA1cPercent, 8.0)));

    private static K Osteoporosis(PatientDetails? p)
    {
        var indicated = Or(Gt(p?.Age, 65), Of(p?.DexaTScoreMin is not null || p?.CtHounsfieldL1 is not null));
        var low = Or(And(Le(p?.DexaTScoreMin, -2.5), Of(p?.DexaTScoreMin is not null || p?.CtHounsfieldL1 is null)), And(Of(p?.DexaTScoreMin is null), Le(p?.CtHounsfieldL1, 110)));
        return And(indicated, low);
    }
}
