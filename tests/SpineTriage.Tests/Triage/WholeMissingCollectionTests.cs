using SpineTriage.Cases;

namespace SpineTriage.Tests.Triage;

/// <summary>
/// Issue 13, with <see cref="TriageOptions.SearchWholeMissingLists"/>: a case whose list of imaging levels is missing as a
/// whole is searched (each yes/no condition over the levels a variable of its own) instead of answered rule by rule: an
/// input that cannot change the verdict is no longer named as deciding, the report says the possible verdicts may be
/// wider than the truth, and every completion's verdict is among them.
/// </summary>
public sealed class WholeMissingCollectionTests
{
    private static readonly TriageEngine Searching = TriageEngine.Create(new TriageOptions { SearchWholeMissingLists = true });

    private static readonly ImagingLevel[][] LevelLists =
    [
        [],
        [TestCases.FusionLevel],
        [TestCases.FusionLevel with { TranslationMm = 4.5 }],
        [TestCases.FusionLevel with { PfirrmannGrade = 5, DiscHeightPercent = 30 }],
        [TestCases.FusionLevel with { Stenosis = StenosisGrade.Moderate }],
        [TestCases.FusionLevel with { AnnularFissureGrade = 3, HighIntensityZone = true, Containment = DiscContainment.Protrusion, ProtrusionMm = 3 }],
        [TestCases.FusionLevel with { SpondylolisthesisType = SpondylolisthesisType.Degenerative, MeyerdingGrade = 2 }],
    ];

    [Fact]
    public void Severe_obesity_with_the_levels_missing_makes_the_levels_decide_and_not_the_smoking_status()
    {
        // BMI 42 sends every structural indication to OptimizeFirst whatever the smoking status, so only the levels decide.
        var patientCase = NoLevels(TestCases.FusionBase with { Patient = TestCases.FusionBase.Patient! with { Bmi = 42, SmokingStatus = null } });

        var fusion = Searching.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Equal(["imaging.levels"], fusion.DecidingInputs);
        Assert.Contains("patient.smokingStatus", fusion.Missing);
        Assert.Contains("missing as a whole", fusion.ExactReasoningNote, StringComparison.Ordinal);
        Assert.All(fusion.PossibleVerdicts, p => Assert.Contains("imaging.levels (missing as a whole)", p.Condition, StringComparison.Ordinal));

        // Brute force over levels of every kind and both smoking statuses: the smoking status alone never changes the
        // verdict, and every verdict is listed as possible.
        var possible = fusion.PossibleVerdicts.Select(p => p.Verdict).ToList();
        foreach (var levels in LevelLists)
        {
            var verdicts = new[] { SmokingStatus.Never, SmokingStatus.Current }
                .Select(smoking => Verdict(WithLevels(patientCase, levels) with { Patient = patientCase.Patient! with { SmokingStatus = smoking } }, "fusion"))
                .Distinct().ToList();
            Assert.Single(verdicts);
            Assert.Contains(verdicts[0], possible);
        }
    }

    [Fact]
    public void A_verdict_decided_by_a_known_finding_stays_decided_and_says_nothing_of_the_search()
    {
        // Discordant imaging: NeedsWorkup holds first, whatever the levels show.
        var patientCase = NoLevels(TestCases.FusionBase with { Symptoms = TestCases.FusionBase.Symptoms! with { ImagingConcordant = false } });

        var fusion = Searching.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("NeedsWorkup", fusion.Verdict);
        Assert.Null(fusion.ExactReasoningNote);
    }

    [Fact]
    public void Every_completion_of_the_missing_levels_gives_a_possible_verdict()
    {
        var patientCase = NoLevels(TestCases.FusionBase);

        var fusion = Searching.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Equal(["imaging.levels"], fusion.DecidingInputs);
        var possible = fusion.PossibleVerdicts.Select(p => p.Verdict).ToList();
        var reached = LevelLists.Select(levels => Verdict(WithLevels(patientCase, levels), "fusion")).Distinct().ToList();
        Assert.All(reached, verdict => Assert.Contains(verdict, possible));

        // The levels above reach every verdict listed: here the independent conditions did not widen the list.
        Assert.Equal(possible.Order(), reached.Order());
    }

    [Fact]
    public void An_empty_case_searched_with_the_levels_missing_notes_both_the_wider_list_and_the_rules_own_conditions()
    {
        // Too many completions to split by verdict: the conditions are the rules' own, and the note says so beside the
        // warning that the possible verdicts may be wider than the truth.
        var fusion = Searching.Evaluate(new PatientCase()).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Contains("missing as a whole", fusion.ExactReasoningNote, StringComparison.Ordinal);
        Assert.Contains("the rules' own conditions", fusion.ExactReasoningNote, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_the_assessment_is_answered_rule_by_rule_and_the_note_names_the_option()
    {
        var patientCase = NoLevels(TestCases.FusionBase with { Patient = TestCases.FusionBase.Patient! with { Bmi = 42, SmokingStatus = null } });

        var fusion = TestCases.DefaultEngine.Evaluate(patientCase).Find("fusion")!;

        Assert.Equal("Incomplete", fusion.Verdict);
        Assert.Contains("patient.smokingStatus", fusion.DecidingInputs);
        Assert.Contains("TriageOptions.SearchWholeMissingLists", fusion.ExactReasoningNote, StringComparison.Ordinal);
    }

    private static string Verdict(PatientCase patientCase, string assessment) => Searching.Evaluate(patientCase).Find(assessment)!.Verdict;

    private static PatientCase NoLevels(PatientCase patientCase) => patientCase with { Imaging = patientCase.Imaging! with { Levels = null } };

    private static PatientCase WithLevels(PatientCase patientCase, ImagingLevel[] levels) => patientCase with { Imaging = patientCase.Imaging! with { Levels = levels } };
}
