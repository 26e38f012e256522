using SpineTriage.Cases;
using static SpineTriage.Benchmarks.Oracle.Kleene;

namespace SpineTriage.Benchmarks.Oracle;

internal static partial class DefaultPackOracle
{
    /// <summary>The number of rules of the revision workflow (own and injected).</summary>
    public const int RevisionRules = 26;

    private static readonly string[] RevisionVerdicts = ["NotApplicable", "Urgent", "NotIndicated", "OptimizeFirst", "Ready"];

    private static readonly sbyte[] RevisionRuleVerdicts = [0, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, -1, -1, -1, -1, -1, -1, -1, 1, 1, 1, 1, 1];

    public static string Revision(PatientCase c, K[] o)
    {
        var (p, s, i, surgery) = (c.Patient, c.Symptoms, c.Imaging, c.Surgery);
        var priorFusion = Of(surgery?.PriorFusion == true);
        var implantFailure = Of(surgery?.ScrewLucencyMm >= 1 || surgery?.RodFracture == true || surgery?.CageSubsidence == true);
        var adjacentSegmentDisease = Of(surgery?.AdjacentSegmentDisease == true);
        var sagittalImbalance = Of((i?.SvaCm > 8) || (i?.PiMinusLlDeg > 15));
        var pseudarthrosis = And(Is(surgery?.FusionStatusCt, FusionStatus.Nonunion), Ge(surgery?.MonthsSinceIndexFusion, 6));
        var revisionIndication = Or(Or(implantFailure, pseudarthrosis), Or(adjacentSegmentDisease, sagittalImbalance));

        o[0] = Not(priorFusion);
        o[1] = And(And(And(priorFusion, Lt(surgery?.MonthsSinceIndexFusion, 6)), Not(implantFailure)), And(Not(adjacentSegmentDisease), Not(sagittalImbalance)));
        o[2] = And(priorFusion, Not(revisionIndication));
        o[3] = Nicotine(p);
        o[4] = Glycaemia(p);
        o[5] = Osteoporosis(p);
        o[6] = Ge(p?.Bmi, 40);
        o[7] = Lt(p?.AlbuminGDl, 3.5);
        o[8] = Lt(p?.VitaminDNgMl, 20);
        o[9] = Of(p?.PsychScreen == PsychScreen.Unmanaged);
        o[10] = pseudarthrosis;
        o[11] = And(priorFusion, implantFailure);
        o[12] = And(priorFusion, adjacentSegmentDisease);
        o[13] = And(priorFusion, sagittalImbalance);
        o[14] = And(And(priorFusion, implantFailure), Lt(surgery?.MonthsSinceIndexFusion, 6));
        o[15] = And(Ge(p?.HbA1cPercent, 7.0), Lt(p?.HbA1cPercent, 8.0));
        o[16] = And(Gt(p?.DexaTScoreMin, -2.5), Le(p?.DexaTScoreMin, -1.0));
        o[17] = And(And(Of(p?.DexaTScoreMin is null), Gt(p?.CtHounsfieldL1, 110)), Lt(p?.CtHounsfieldL1, 160));
        o[18] = And(Ge(p?.VitaminDNgMl, 20), Lt(p?.VitaminDNgMl, 30));
        o[19] = Ge(p?.AsaClass, 3);
        o[20] = And(priorFusion, Of(surgery?.SecondOpinionObtained != true));
        RedFlags(s, o, 21);
        return Resolve(o, RevisionRuleVerdicts, RevisionVerdicts, defaultIndex: 2);
    }
}
