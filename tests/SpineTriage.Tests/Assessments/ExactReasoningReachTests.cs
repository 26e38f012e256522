using SpineTriage.Cases;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Assessments;

/// <summary>
/// What exact reasoning decides rather than gives up on: an input that a rule scales before comparing it
/// (<c>LinearCuts</c>), and a partition too large to read deciding inputs from (<c>VerdictSearch.MaxCubes</c>).
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
}
