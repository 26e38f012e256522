using SpineTriage.Cases;
using static SpineTriage.Benchmarks.Oracle.Kleene;

namespace SpineTriage.Benchmarks.Oracle;

internal static partial class DefaultPackOracle
{
    private static readonly string[] RevisionVerdicts = ["NotApplicable", "Urgent", "NotIndicated", "OptimizeFirst", "Ready"];

    public static string Revision(PatientCase c)
    {
        var (p, s, i, surgery) = (c.Patient, c.Symptoms, c.Imaging, c.Surgery);
        var walk = new PrecedenceWalk(defaultIndex: 2);
        var priorFusion = surgery?.PriorFusion == true;
        if (!priorFusion)
        {
            return walk.Winner(RevisionVerdicts, 0);
        }

        if (RedFlag(s))
        {
            return walk.Winner(RevisionVerdicts, 1);
        }

        var implantFailure = surgery!.ScrewLucencyMm >= 1 || surgery.RodFracture == true || surgery.CageSubsidence == true;
        var adjacentSegmentDisease = surgery.AdjacentSegmentDisease == true;
        var sagittalImbalance = (i?.SvaCm > 8) || (i?.PiMinusLlDeg > 15);
        var pseudarthrosis = And(Is(surgery.FusionStatusCt, FusionStatus.Nonunion), Ge(surgery.MonthsSinceIndexFusion, 6));
        var otherIndication = implantFailure || adjacentSegmentDisease || sagittalImbalance;

        var tooEarly = otherIndication ? K.F : Lt(surgery.MonthsSinceIndexFusion, 6);
        var noIndication = otherIndication ? K.F : Not(pseudarthrosis);
        if (walk.Met(Or(tooEarly, noIndication), 2))
        {
            return walk.Winner(RevisionVerdicts, 2);
        }

        var optimize = Or(Or(Nicotine(p), Glycaemia(p)), Or(Osteoporosis(p), Ge(p?.Bmi, 40)));
        optimize = Or(optimize, Or(Or(Lt(p?.AlbuminGDl, 3.5), Lt(p?.VitaminDNgMl, 20)), Of(p?.PsychScreen == PsychScreen.Unmanaged)));
        if (walk.Met(optimize, 3))
        {
            return walk.Winner(RevisionVerdicts, 3);
        }

        var ready = Or(pseudarthrosis, Of(otherIndication));
        return walk.Met(ready, 4) ? walk.Winner(RevisionVerdicts, 4) : walk.NoneMet(RevisionVerdicts);
    }
}
