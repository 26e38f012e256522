using SpineTriage.Cases;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Assessments;

/// <summary>
/// When exact reasoning gives up (here: a whole missing list of levels), per-rule logic answers; its possible verdicts
/// must still hold every verdict that filling in the data gives. Checked against a filled-in case, not the reasoning.
/// </summary>
public sealed class ConservativeAnswerTests
{
    [Fact]
    public void A_default_verdict_listed_first_does_not_hide_an_unknown_verdict_after_it()
    {
        // Revision: NotIndicated is both the default and listed before Ready. No rule is Met, and Ready's rule is Unknown
        // for want of the levels: before, the possible verdicts were NotIndicated alone, under an Incomplete verdict.
        var seed = TestCases.Seed("revision-adjacent-segment-flag-without-imaging");

        var revision = TestCases.DefaultEngine.Evaluate(seed).Find("revision")!;

        Assert.NotNull(revision.ExactReasoningNote);
        Assert.Equal("Incomplete", revision.Verdict);
        Assert.Equal(["NotIndicated", "Ready"], revision.PossibleVerdicts.Select(p => p.Verdict));
        Assert.Contains("imaging.levels", revision.DecidingInputs);

        var unstable = new ImagingLevel
        {
            Level = "L3-L4",
            TranslationMm = 5,
            AngulationDeg = 2,
            MeyerdingGrade = 1,
            SpondylolisthesisType = SpondylolisthesisType.Degenerative,
            ParsDefect = false,
            Stenosis = StenosisGrade.Mild,
            PfirrmannGrade = 3,
            DiscHeightPercent = 70,
            AnnularFissureGrade = 0,
            HighIntensityZone = false,
            ModicType = 0,
            Containment = DiscContainment.Bulge,
        };
        var filled = seed with
        {
            Imaging = seed.Imaging! with { Levels = [unstable] },
            Surgery = seed.Surgery! with { AdjacentLevel = "L3-L4" },
        };
        Assert.Equal("Ready", TestCases.Verdict(filled, "revision"));
    }

    [Fact]
    public void Every_seed_is_incomplete_exactly_when_more_than_one_verdict_is_possible()
    {
        foreach (var path in Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.json").Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            foreach (var assessment in TestCases.DefaultEngine.Evaluate(PatientCaseJson.Parse(File.ReadAllText(path))).Assessments)
            {
                Assert.True(assessment.PossibleVerdicts.Count > 1 == assessment.IsIncomplete,
                    $"{Path.GetFileName(path)}, {assessment.Assessment}: {assessment.Verdict} with possible [{string.Join(", ", assessment.PossibleVerdicts.Select(p => p.Verdict))}]");
            }
        }
    }
}
