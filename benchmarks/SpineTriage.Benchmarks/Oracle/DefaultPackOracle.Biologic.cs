using SpineTriage.Cases;
using static SpineTriage.Benchmarks.Oracle.Kleene;

namespace SpineTriage.Benchmarks.Oracle;

internal static partial class DefaultPackOracle
{
    private static readonly string[] BiologicVerdicts = ["NotCandidate", "NeedsWorkup", "ConservativeCareFirst", "Candidate"];

    public static string Biologic(PatientCase c)
    {
        var (s, i, care) = (c.Symptoms, c.Imaging, c.Care);
        var levels = i?.Levels;
        var tear = levels is null ? K.F : Any(levels, static l => Tear(l));
        var walk = new PrecedenceWalk(defaultIndex: 0);

        var notCandidate = Of((s?.RedFlags is { Count: > 0 }) || s?.MotorDeficit == MotorDeficit.Progressive || care?.MedialBranchBlock == MedialBranchBlockResult.Positive);
        if (notCandidate != K.T && tear != K.F)
        {
            var exclusion = Or(Is(s?.Radicular, true), Is(s?.LegPainBelowKnee, true));
            exclusion = Or(exclusion, All(levels, static l => Or(Not(Tear(l)), Gt(l.AnnularFissureGrade, 4))));
            exclusion = Or(exclusion, All(levels, static l => Or(Not(Tear(l)), Lt(l.DiscHeightPercent, 50))));
            exclusion = Or(exclusion, All(levels, static l => Or(Not(Tear(l)), Or(Or(Is(l.Containment, DiscContainment.Extrusion), Is(l.Containment, DiscContainment.Sequestration)),
                And(Is(l.Containment, DiscContainment.Protrusion), Ge(l.ProtrusionMm, 5))))));
            exclusion = Or(exclusion, All(levels, static l => Or(Not(Tear(l)), Or(Unstable(l), Ge(l.MeyerdingGrade, 2)))));
            exclusion = Or(exclusion, All(levels, static l => Or(Not(Tear(l)), Of(l.DiscographyConcordant == false))));
            exclusion = Or(exclusion, Any(levels, static l => Is(l.Stenosis, StenosisGrade.Severe)));
            exclusion = Or(exclusion, Not(Any(levels, static l => And(Eligible(l), Not(Of(l.DiscographyConcordant == false))))));
            notCandidate = Or(notCandidate, And(tear, exclusion));
        }

        if (walk.Met(notCandidate, 0))
        {
            return walk.Winner(BiologicVerdicts, 0);
        }

        var workup = And(tear, Or(Not(Any(levels, static l => And(Tear(l), Of(l.DiscographyConcordant == true)))), Is(s?.ImagingConcordant, false)));
        if (walk.Met(workup, 1))
        {
            return walk.Winner(BiologicVerdicts, 1);
        }

        var conservative = And(tear, Or(Or(Lt(s?.DurationWeeks, 26), Lt(care?.PtWeeks, 13)), Or(Lt(care?.PtSessionsPerWeek, 2), Is(care?.HomeProgram, false))));
        if (walk.Met(conservative, 2))
        {
            return walk.Winner(BiologicVerdicts, 2);
        }

        var candidate = And(And(tear, Any(levels, static l => And(Eligible(l), Is(l.DiscographyConcordant, true)))), And(Ge(s?.DurationWeeks, 26), Ge(care?.PtWeeks, 13)));
        return walk.Met(candidate, 3) ? walk.Winner(BiologicVerdicts, 3) : walk.NoneMet(BiologicVerdicts);
    }

    /// <summary>Annular fissure grade 3–4 or a high-intensity zone.</summary>
    private static K Tear(ImagingLevel l) => Or(And(Ge(l.AnnularFissureGrade, 3), Le(l.AnnularFissureGrade, 4)), Is(l.HighIntensityZone, true));

    /// <summary>A torn level that is viable, contained and stable (discography not considered).</summary>
    private static K Eligible(ImagingLevel l)
    {
        var contained = Or(Or(Is(l.Containment, DiscContainment.None), Is(l.Containment, DiscContainment.Bulge)), And(Is(l.Containment, DiscContainment.Protrusion), Lt(l.ProtrusionMm, 5)));
        var stable = And(And(Le(l.TranslationMm, 3), Of(l.AngulationDeg is null || l.AngulationDeg < 10)), Lt(l.MeyerdingGrade, 2));
        return And(And(And(Tear(l), Ge(l.DiscHeightPercent, 50)), contained), stable);
    }
}
