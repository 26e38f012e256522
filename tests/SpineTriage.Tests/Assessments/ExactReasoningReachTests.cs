using SpineTriage.Cases;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Assessments;

/// <summary>
/// What exact reasoning decides rather than gives up on: an input that a rule scales before comparing it
/// (<c>LinearCuts</c>), two missing numbers compared with each other (<c>InputRelation</c>), and a partition too large
/// to read deciding inputs from (<c>VerdictSearch.MaxCubes</c>).
/// Each is checked against the verdicts of filled-in cases, not against the reasoning itself.
/// </summary>
public sealed class ExactReasoningReachTests
{
    /// <summary>Leg pain 30 mm against a missing back pain: the leg-dominant exclusion holds below 60 mm (30 &gt; 0.5 × back pain).</summary>
    private static PatientCase BackPainMissing => TestCases.BiologicCandidate with
    {
        Symptoms = TestCases.BiologicCandidate.Symptoms! with { LegPainVasMm = 30, BackPainVasMm = null },
    };

    [Fact]
    public void A_missing_input_that_a_rule_scales_is_searched_and_its_possible_verdicts_are_those_of_every_value()
    {
        var biologic = TestCases.DefaultEngine.Evaluate(BackPainMissing).Find("biologic")!;

        Assert.Null(biologic.ExactReasoningNote);
        Assert.Equal("Incomplete", biologic.Verdict);
        Assert.Equal(["symptoms.backPainVasMm"], biologic.DecidingInputs);

        // Every back pain on a fine grid, and the representable numbers around the threshold (60 mm) itself.
        var values = Enumerable.Range(0, 401).Select(i => i * 0.25)
            .Concat([Math.BitDecrement(60.0), Math.BitIncrement(60.0), 59.999999, 60.000001]);
        var reached = values.Select(back => Verdict(back)).ToHashSet();

        Assert.Equal(biologic.PossibleVerdicts.Select(p => p.Verdict).Order(), reached.Order());
        Assert.Equal(2, reached.Count);
        Assert.NotEqual(Verdict(59.75), Verdict(60));
    }

    [Theory]
    [InlineData(59.75)]
    [InlineData(60)]
    [InlineData(80)]
    public void Each_side_of_the_scaled_threshold_is_decided_once_the_value_is_in(double backPain)
    {
        var filled = BackPainMissing with { Symptoms = BackPainMissing.Symptoms! with { BackPainVasMm = backPain } };

        var biologic = TestCases.DefaultEngine.Evaluate(filled).Find("biologic")!;

        Assert.Single(biologic.PossibleVerdicts);
        Assert.Empty(biologic.DecidingInputs);
    }

    /// <summary>Case 8,844 of <c>cohort generate 100000 --seed 42</c>: both pain VAS scores but the leg's, several imaging findings and the RMDQ missing.</summary>
    private const string CohortCase8844 = """
        {"patient":{"age":44,"sex":"male","bmi":47.9,"smokingStatus":"current","diabetes":false,"vitaminDNgMl":9,"psychScreen":"managed"},
         "symptoms":{"backPainNrs":2,"legPainNrs":9,"legPainVasMm":32,"radicular":false,"legPainBelowKnee":false,"redFlags":[],"motorDeficit":"none","imagingConcordant":false},
         "imaging":{"ageMonths":20,"svaCm":3.3,"levels":[
           {"level":"L4-L5","meyerdingGrade":0,"spondylolisthesisType":"none","parsDefect":false,"stenosis":"moderate","pfirrmannGrade":2,"highIntensityZone":true,"containment":"bulge"},
           {"level":"L5-S1","angulationDeg":8,"meyerdingGrade":0,"parsDefect":false,"stenosis":"mild","modicType":3,"annularFissureGrade":1,"containment":"extrusion","protrusionMm":4}]},
         "surgery":{"priorFusion":true,"monthsSinceIndexFusion":51,"rodFracture":false,"adjacentSegmentDisease":false,"adjacentLevel":"L4-L5","monthsSinceLastLumbarSurgery":15,"secondOpinionObtained":false}}
        """;

    [Fact]
    public void A_verdict_that_filling_in_the_back_pain_can_change_is_not_reported_decided()
    {
        // Before the search could list a scaled input, it gave up here and per-rule logic, reading the missing back pain
        // as absent, reported NotCandidate; but with back pain 90 mm, an RMDQ of 10 and the L4-L5 disc's findings filled
        // in, the verdict is NeedsWorkup.
        var biologic = TestCases.DefaultEngine.Evaluate(PatientCaseJson.Parse(CohortCase8844)).Find("biologic")!;

        Assert.Equal("Incomplete", biologic.Verdict);
        Assert.Contains("NeedsWorkup", biologic.PossibleVerdicts.Select(p => p.Verdict));
        Assert.Contains("symptoms.backPainVasMm", biologic.DecidingInputs);

        var filled = PatientCaseJson.Parse(CohortCase8844
            .Replace("\"imagingConcordant\":false}", "\"imagingConcordant\":false,\"backPainVasMm\":90,\"rmdq\":10}", StringComparison.Ordinal)
            .Replace("\"containment\":\"bulge\"}", "\"containment\":\"bulge\",\"annularFissureGrade\":0,\"discHeightPercent\":60,\"translationMm\":0,\"discographyConcordant\":true}", StringComparison.Ordinal)
            .Replace("\"protrusionMm\":4}", "\"protrusionMm\":4,\"highIntensityZone\":false,\"discHeightPercent\":10,\"translationMm\":0}", StringComparison.Ordinal));
        Assert.Equal("NeedsWorkup", TestCases.Verdict(filled, "biologic"));
    }

    [Fact]
    public void A_partition_past_its_cube_limit_keeps_the_exact_possible_verdicts_and_names_every_input_their_rules_read()
    {
        // A revision indication, with the infection screen and every optimisation input missing: hundreds of combinations by verdict.
        var patientCase = TestCases.RevisionBase with
        {
            Patient = TestCases.RevisionBase.Patient! with
            {
                CrpMgL = null, EsrMmH = null, SmokingStatus = null, CotinineNgMl = null, HbA1cPercent = null, Diabetes = null,
                DexaTScoreMin = null, Bmi = null, AlbuminGDl = null, VitaminDNgMl = null,
            },
            Surgery = TestCases.RevisionBase.Surgery! with { RodFracture = true },
        };

        var revision = TestCases.DefaultEngine.Evaluate(patientCase).Find("revision")!;

        Assert.Equal("Incomplete", revision.Verdict);
        Assert.Contains("more than 256 combinations by verdict", revision.ExactReasoningNote, StringComparison.Ordinal);
        Assert.Contains("Ready", revision.PossibleVerdicts.Select(p => p.Verdict));
        Assert.Contains("OptimizeFirst", revision.PossibleVerdicts.Select(p => p.Verdict));
        Assert.All(revision.PossibleVerdicts, p => Assert.False(string.IsNullOrEmpty(p.Condition)));

        // Each input whose value alone turns Ready into another verdict is among the deciding inputs (one filled in at a
        // time, the rest at their ready values). Bone density is not: at 60, a T-score not recorded reads as not
        // measured, as the pack's absence policy allows, so it is no input the search fills in.
        var ready = TestCases.RevisionBase with { Surgery = patientCase.Surgery };
        Assert.Equal("Ready", TestCases.Verdict(ready, "revision"));
        (string Path, Func<PatientDetails, PatientDetails> Change)[] changes =
        [
            ("patient.crpMgL", p => p with { CrpMgL = 50 }),
            ("patient.smokingStatus", p => p with { SmokingStatus = SmokingStatus.Current }),
            ("patient.hba1cPercent", p => p with { HbA1cPercent = 9.5 }),
            ("patient.bmi", p => p with { Bmi = 45 }),
            ("patient.albuminGDl", p => p with { AlbuminGDl = 2.5 }),
            ("patient.vitaminDNgMl", p => p with { VitaminDNgMl = 10 }),
        ];
        foreach (var (path, change) in changes)
        {
            Assert.NotEqual("Ready", TestCases.Verdict(ready with { Patient = change(ready.Patient!) }, "revision"));
            Assert.Contains(path, revision.DecidingInputs);
        }
    }

    private static string Verdict(double backPain) =>
        TestCases.Verdict(BackPainMissing with { Symptoms = BackPainMissing.Symptoms! with { BackPainVasMm = backPain } }, "biologic");

    /// <summary>
    /// Case 48 of <c>cohort generate 100000 --seed 42</c>, with its disc's findings filled in: back pain NRS 3 (below the
    /// trials' entry level), both pain VAS scores missing.
    /// </summary>
    private const string CohortCase48 = """
        {"patient":{"age":79,"sex":"female","bmi":22.1,"smokingStatus":"never","diabetes":false,"vitaminDNgMl":51,"asaClass":4,"psychScreen":"none"},"symptoms":{"durationWeeks":195,"backPainNrs":3,"legPainNrs":7,"odi":35,"rmdq":8,"redFlags":[],"motorDeficit":"none","imagingConcordant":true,"radicular":false,"legPainBelowKnee":false},"imaging":{"ageMonths":20,"svaCm":11.1,"levels":[{"level":"L5-S1","meyerdingGrade":0,"spondylolisthesisType":"none","parsDefect":false,"stenosis":"mild","modicType":1,"discHeightPercent":90,"highIntensityZone":true,"containment":"bulge","protrusionMm":2.3,"translationMm":0,"discographyConcordant":true,"annularFissureGrade":3,"angulationDeg":0,"pfirrmannGrade":3}]},"care":{"ptWeeks":30,"ptSessionsPerWeek":2.5,"homeProgram":false,"weeklyTracking":false,"improvementAtWeek6":"partial","injections":[],"medialBranchBlock":"negative"},"surgery":{}}
        """;

    [Fact]
    public void Two_missing_numbers_compared_with_each_other_are_searched_and_give_the_verdicts_of_every_pair()
    {
        // Before, the search gave up on the pair (leg pain against half the back pain) and per-rule logic reported
        // NotCandidate (NRS 3 is below the entry level); but a back pain VAS of 40 mm or more also meets it, and with the
        // leg pain at most half of it the verdict is ConservativeCareFirst.
        var biologic = TestCases.DefaultEngine.Evaluate(PatientCaseJson.Parse(CohortCase48)).Find("biologic")!;

        Assert.Equal("Incomplete", biologic.Verdict);
        Assert.Contains("both are missing", biologic.ExactReasoningNote, StringComparison.Ordinal);
        Assert.Equal(["symptoms.legPainVasMm", "symptoms.backPainVasMm"], biologic.DecidingInputs);

        // Every pair on a 2.5 mm grid, and the representable numbers around the thresholds (40 mm; leg = back / 2).
        var backs = Enumerable.Range(0, 41).Select(i => i * 2.5).Concat([Math.BitDecrement(40.0), Math.BitIncrement(40.0)]).ToList();
        var reached = new HashSet<string>();
        foreach (var back in backs)
        {
            foreach (var leg in Enumerable.Range(0, 41).Select(i => i * 2.5).Concat([back * 0.5, Math.BitDecrement(back * 0.5), Math.BitIncrement(back * 0.5)]).Where(l => l is >= 0 and <= 100))
            {
                reached.Add(TestCases.Verdict(WithPains(back, leg), "biologic"));
            }
        }

        Assert.Equal(biologic.PossibleVerdicts.Select(p => p.Verdict).Order(), reached.Order());
        Assert.Equal("ConservativeCareFirst", TestCases.Verdict(WithPains(80, 20), "biologic"));
        Assert.Equal("NotCandidate", TestCases.Verdict(WithPains(80, Math.BitIncrement(40.0)), "biologic"));
    }

    private static PatientCase WithPains(double back, double leg)
    {
        var patientCase = PatientCaseJson.Parse(CohortCase48);
        return patientCase with { Symptoms = patientCase.Symptoms! with { BackPainVasMm = back, LegPainVasMm = leg } };
    }
}
