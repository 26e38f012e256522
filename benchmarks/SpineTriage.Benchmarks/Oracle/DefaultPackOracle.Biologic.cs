using SpineTriage.Cases;
using static SpineTriage.Benchmarks.Oracle.Kleene;

namespace SpineTriage.Benchmarks.Oracle;

internal static partial class DefaultPackOracle
{
    /// <summary>The number of rules of the biologic workflow (own and injected).</summary>
    public const int BiologicRules = 31;

    private static readonly string[] BiologicVerdicts = ["NotCandidate", "NeedsWorkup", "ConservativeCareFirst", "Candidate"];

    private static readonly sbyte[] BiologicRuleVerdicts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 3, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];

    public static string Biologic(PatientCase c, K[] o)
    {
        var (p, s, i, care, surgery) = (c.Patient, c.Symptoms, c.Imaging, c.Care, c.Surgery);
        var levels = i?.Levels;
        var tear = levels is null ? K.F : Any(levels, static l => Tear(l));
        var painRecorded = s?.BackPainVasMm is not null || s?.BackPainNrs is not null;
        var painMet = s?.BackPainVasMm >= 40 || s?.BackPainNrs >= 4;
        var disabilityRecorded = s?.Rmdq is not null || s?.Odi is not null;
        var disabilityMet = s?.Rmdq >= 9 || s?.Odi >= 30;
        var recentSurgery = surgery?.MonthsSinceLastLumbarSurgery is { } last ? last < 6 : surgery?.MonthsSinceIndexFusion < 6;
        var legOverHalf = s?.LegPainVasMm is { } leg && s.BackPainVasMm is { } back ? Of(leg > back * 0.5) : K.U;
        o[0] = Of((s?.RedFlags is { } flags && Any(flags, f => Of(CaudaEquinaSign(f) || !WorkedUp(s, f))) == K.T) || s?.MotorDeficit == MotorDeficit.Progressive);
        o[1] = Or(Is(s?.Radicular, true), Is(s?.LegPainBelowKnee, true));
        o[2] = Of(care?.MedialBranchBlock == MedialBranchBlockResult.Positive);
        o[3] = And(tear, All(levels, static l => Or(Not(Tear(l)), Gt(l.AnnularFissureGrade, 4))));
        o[4] = And(tear, All(levels, static l => Or(Not(Tear(l)), Lt(l.DiscHeightPercent, 50))));
        o[5] = And(tear, All(levels, static l => Or(Not(Tear(l)), Or(Or(Is(l.Containment, DiscContainment.Extrusion), Is(l.Containment, DiscContainment.Sequestration)),
            And(Is(l.Containment, DiscContainment.Protrusion), Ge(l.ProtrusionMm, 5))))));
        o[6] = levels is null ? K.F : Any(levels, static l => Or(Unstable(l), Ge(l.MeyerdingGrade, 2)));
        o[7] = And(tear, All(levels, static l => Or(Not(Tear(l)), Of(l.DiscographyConcordant == false))));
        o[8] = levels is null ? K.F : Any(levels, static l => Is(l.Stenosis, StenosisGrade.Severe));
        o[9] = And(tear, Of((painRecorded && !painMet) || (disabilityRecorded && !disabilityMet)));
        o[10] = And(tear, legOverHalf);
        o[11] = And(tear, All(levels, static l => Or(Not(Tear(l)), Is(l.ParsDefect, true))));
        o[12] = Of(recentSurgery);
        o[13] = Of(p?.Pregnant == true || p?.BleedingDisorder == true || p?.ContrastAllergy == true);
        o[14] = And(tear, Not(Any(levels, static l => And(Eligible(l), Not(Of(l.DiscographyConcordant == false))))));
        o[15] = And(tear, Not(Any(levels, static l => And(Tear(l), Of(l.DiscographyConcordant == true)))));
        o[16] = And(tear, Is(s?.ImagingConcordant, false));
        o[17] = And(tear, Lt(s?.DurationWeeks, 26));
        o[18] = And(tear, Lt(care?.PtWeeks, 13));
        o[19] = And(tear, Or(Lt(care?.PtSessionsPerWeek, 2), Is(care?.HomeProgram, false)));
        var entry = And(Or(Of(painMet), And(Of(!painRecorded), Ge(s?.BackPainVasMm, 40))), Or(Of(disabilityMet), And(Of(!disabilityRecorded), Ge(s?.Rmdq, 9))));
        o[20] = And(And(And(tear, Any(levels, static l => And(Eligible(l), Is(l.DiscographyConcordant, true)))), And(Ge(s?.DurationWeeks, 26), Ge(care?.PtWeeks, 13))),
            And(entry, s?.LegPainVasMm is { } legVas && s.BackPainVasMm is { } backVas ? Of(legVas <= backVas * 0.5) : K.U));
        o[21] = levels is null ? K.F : Any(levels, static l => And(Tear(l), l.ModicType is { } modic ? Of(modic == 3) : K.U));
        o[22] = levels is null ? K.F : TornCountAboveTwo(levels);
        o[23] = And(tear, Of(surgery?.PriorFusion == true));
        o[24] = tear;
        RedFlags(s, o, 25);
        return Resolve(o, BiologicRuleVerdicts, BiologicVerdicts, defaultIndex: 0);
    }

    /// <summary>Count of torn levels greater than two; Unknown when a level's tear cannot be decided (Count stops there).</summary>
    private static K TornCountAboveTwo(IReadOnlyList<ImagingLevel> levels)
    {
        var count = 0;
        for (var n = 0; n < levels.Count; n++)
        {
            var t = Tear(levels[n]);
            if (t == K.U)
            {
                return K.U;
            }

            count += t == K.T ? 1 : 0;
        }

        return Of(count > 2);
    }

    /// <summary>Annular fissure grade 3–4 or a high-intensity zone.</summary>
    private static K Tear(ImagingLevel l) => Or(And(Ge(l.AnnularFissureGrade, 3), Le(l.AnnularFissureGrade, 4)), Is(l.HighIntensityZone, true));

    /// <summary>A torn level that is viable, contained and stable (discography not considered).</summary>
    private static K Eligible(ImagingLevel l)
    {
        var contained = Or(Or(Is(l.Containment, DiscContainment.None), Is(l.Containment, DiscContainment.Bulge)), And(Is(l.Containment, DiscContainment.Protrusion), Lt(l.ProtrusionMm, 5)));
        var stable = And(And(Le(l.TranslationMm, 3), Of(l.AngulationDeg is null || l.AngulationDeg < 10)), Lt(l.MeyerdingGrade, 2));
        return And(And(And(And(Tear(l), Ge(l.DiscHeightPercent, 50)), Is(l.ParsDefect, false)), contained), stable);
    }
}
