using SpineTriage.Reports;

namespace SpineTriage.Tests.Reports;

/// <summary>Hand-built reports for renderer tests.</summary>
internal static class SampleReports
{
    public static readonly RuleFinding CaudaEquina = new("RedFlag_CaudaEquina", "Possible cauda equina syndrome: emergency MRI.", "AHCPR; ACR", "PRIMARY");

    public static TriageReport Mixed() => new()
    {
        RuleSetHash = "sha256:" + new string('a', 64),
        RedFlags = [CaudaEquina],
        Assessments =
        [
            new AssessmentResult
            {
                Assessment = "fusion", Title = "Lumbar fusion appropriateness", Verdict = "OptimizeFirst",
                Reasons = [new RuleFinding("OptimizeFirst_NicotineExposure", "Nicotine exposure: wait until nicotine-free for 6 weeks.", "eviCore CMM-609", "PRIMARY-copy")],
                Warnings = [new RuleFinding("Warning_Osteopenia", "Osteopenia.", "WHO", "COMMON")],
                NextSteps = ["Nicotine cessation support."],
            },
            new AssessmentResult
            {
                Assessment = "biologic", Title = "Biologic disc repair candidacy", Verdict = "Incomplete",
                Unknowns = [new UnknownRule("NotCandidate_DiscNotViable", "NotCandidate", ["imaging.Levels[0].DiscHeightPercent"])],
                Missing = ["imaging.Levels[0].DiscHeightPercent"],
                Notes = [new RuleFinding("Info_BiologicEvidence", "Fibrin pilot n = 15; phase 3 terminated.", "NCT01011816", "PRIMARY")],
            },
            new AssessmentResult
            {
                Assessment = "revision", Title = "Revision surgery readiness", Verdict = "NotApplicable",
                Reasons = [new RuleFinding("NotApplicable_NoPriorFusion", "No prior fusion.", "DESIGN", "COMMON/NO SOURCE")],
            },
        ],
    };

    public static TriageReport WithVerdict(string verdict, string reason = "A reason.") => new()
    {
        RuleSetHash = "sha256:0",
        Assessments = [new AssessmentResult { Assessment = "fusion", Title = "Lumbar fusion appropriateness", Verdict = verdict, Reasons = [new RuleFinding("R", reason, "S", "PRIMARY")] }],
    };
}
