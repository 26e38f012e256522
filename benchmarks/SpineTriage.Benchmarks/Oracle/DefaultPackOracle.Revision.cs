using SpineTriage.Cases;
using static SpineTriage.Benchmarks.Oracle.Kleene;

namespace SpineTriage.Benchmarks.Oracle;

internal static partial class DefaultPackOracle
{
    /// <summary>The number of rules of the revision workflow (own and injected).</summary>
    public const int RevisionRules = 31;

    private static readonly string[] RevisionVerdicts = ["NotApplicable", "Urgent", "NotIndicated", "OptimizeFirst", "Ready"];

    private static readonly sbyte[] RevisionRuleVerdicts = [0, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, -1, -1, -1, -1, -1, -1, -1, 1, 1, 1, 1, 1, -1];

    public static string Revision(PatientCase c, K[] o)
    {
        var (p, s, i, surgery) = (c.Patient, c.Symptoms, c.Imaging, c.Surgery);
        var priorFusion = Of(surgery?.PriorFusion == true);
        var implantFailure = Of(surgery?.ScrewLucencyMm >= 1 || surgery?.RodFracture == true || surgery?.CageSubsidence == true);
        var adjacentReported = Of(surgery?.AdjacentSegmentDisease == true);
        var adjacentLevel = surgery?.AdjacentLevel;
        var adjacentQualifies = Any(i?.Levels, l => And(adjacentLevel is null ? K.T : l.Level is null ? K.U : Of(string.Equals(l.Level, adjacentLevel, StringComparison.Ordinal)), FusionCriterion(l)));
        var adjacentSegmentDisease = And(adjacentReported, adjacentQualifies);
        var sagittalImbalance = Of((i?.SvaCm > 8) || (i?.PiMinusLlDeg > 15));
        var pseudarthrosis = And(Is(surgery?.FusionStatusCt, FusionStatus.Nonunion), Ge(surgery?.MonthsSinceIndexFusion, 6));
        var revisionIndication = Or(Or(implantFailure, pseudarthrosis), Or(adjacentSegmentDisease, sagittalImbalance));
        var infectionSign = Of(p?.CrpMgL > 10 || p?.EsrMmH > 30 || p?.WoundDrainage == true || p?.RecentFeverOver38C == true);
        var screenNegative = And(And(Le(p?.CrpMgL, 10), Le(p?.EsrMmH, 30)), Of(p?.WoundDrainage != true && p?.RecentFeverOver38C != true));
        var readiness = And(SymptomGate(s), Is(s?.ImagingConcordant, true));

        o[0] = Not(priorFusion);
        o[1] = And(priorFusion, Or(infectionSign, And(Or(pseudarthrosis, implantFailure), Or(Gt(p?.CrpMgL, 10), Gt(p?.EsrMmH, 30)))));
        o[2] = And(priorFusion, Not(SymptomGate(s)));
        o[3] = And(priorFusion, Is(s?.ImagingConcordant, false));
        o[4] = And(And(And(priorFusion, Lt(surgery?.MonthsSinceIndexFusion, 6)), Not(implantFailure)), And(Not(adjacentSegmentDisease), Not(sagittalImbalance)));
        o[5] = And(And(And(priorFusion, adjacentReported), Not(adjacentSegmentDisease)), And(And(Not(implantFailure), Not(pseudarthrosis)), Not(sagittalImbalance)));
        o[6] = And(priorFusion, Not(revisionIndication));
        o[7] = Nicotine(p);
        o[8] = Glycaemia(p);
        o[9] = Osteoporosis(p);
        o[10] = Ge(p?.Bmi, 40);
        o[11] = Lt(p?.AlbuminGDl, 3.5);
        o[12] = Lt(p?.VitaminDNgMl, 20);
        o[13] = Of(p?.PsychScreen == PsychScreen.Unmanaged);
        o[14] = And(And(pseudarthrosis, readiness), screenNegative);
        o[15] = And(And(And(priorFusion, implantFailure), readiness), screenNegative);
        o[16] = And(And(priorFusion, adjacentSegmentDisease), readiness);
        o[17] = And(And(priorFusion, sagittalImbalance), readiness);
        o[18] = And(And(priorFusion, implantFailure), Lt(surgery?.MonthsSinceIndexFusion, 6));
        o[19] = And(priorFusion, And(Ge(p?.HbA1cPercent, 7.0), Lt(p?.HbA1cPercent, 8.0)));
        o[20] = And(priorFusion, And(Gt(p?.DexaTScoreMin, -2.5), Le(p?.DexaTScoreMin, -1.0)));
        o[21] = And(priorFusion, And(And(Of(p?.DexaTScoreMin is null), Gt(p?.CtHounsfieldL1, 110)), Lt(p?.CtHounsfieldL1, 160)));
        o[22] = And(priorFusion, And(Ge(p?.VitaminDNgMl, 20), Lt(p?.VitaminDNgMl, 30)));
        o[23] = And(priorFusion, Ge(p?.AsaClass, 3));
        o[24] = And(priorFusion, Of(surgery?.SecondOpinionObtained != true));
        RedFlags(s, o, 25);
        return Resolve(o, RevisionRuleVerdicts, RevisionVerdicts, defaultIndex: 2);
    }

    /// <summary>A level meets a fusion criterion: instability, a degenerative, dysplastic or iatrogenic slip of grade II or more, or an isthmic slip of grade III or more.</summary>
    private static K FusionCriterion(ImagingLevel l)
    {
        var type = l.SpondylolisthesisType;
        var lowGradeTypes = Or(Or(Is(type, SpondylolisthesisType.Degenerative), Is(type, SpondylolisthesisType.Dysplastic)), Is(type, SpondylolisthesisType.Iatrogenic));
        return Or(Or(Unstable(l), And(lowGradeTypes, Ge(l.MeyerdingGrade, 2))), And(Is(type, SpondylolisthesisType.Isthmic), Ge(l.MeyerdingGrade, 3)));
    }

    /// <summary>The symptom severity gate: met by any recorded score over its threshold; failed when scores are recorded and none is; Unknown when none is recorded.</summary>
    private static K SymptomGate(SymptomFindings? s)
    {
        var recorded = s?.BackPainNrs is not null || s?.LegPainNrs is not null || s?.BackPainVasMm is not null || s?.LegPainVasMm is not null || s?.Odi is not null;
        var severe = Of(s?.BackPainNrs > 4 || s?.LegPainNrs > 4 || s?.BackPainVasMm > 40 || s?.LegPainVasMm > 40 || s?.Odi >= 30);
        return Or(severe, And(Of(!recorded), Or(Gt(s?.BackPainNrs, 4), Ge(s?.Odi, 30))));
    }
}
