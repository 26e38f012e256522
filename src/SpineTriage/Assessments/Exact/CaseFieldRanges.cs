namespace SpineTriage.Assessments.Exact;

/// <summary>
/// The valid range of each number in the case model, as the case validator checks it (DESIGN §6.1), by input path
/// pattern (<c>imaging.Levels[].DiscHeightPercent</c>): a completion of missing data must be a case the validator
/// accepts. A test checks the table against the validator, and that every number of the case model is listed.
/// </summary>
internal static class CaseFieldRanges
{
    private const double Any = double.PositiveInfinity;

    public static readonly IReadOnlyDictionary<string, (double Minimum, double Maximum)> All = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["patient.Age"] = (0, 120),
        ["patient.Bmi"] = (10, 90),
        ["patient.NicotineFreeWeeks"] = (0, Any),
        ["patient.CotinineNgMl"] = (0, Any),
        ["patient.HbA1cPercent"] = (3, 20),
        ["patient.DexaTScoreMin"] = (-6, 4),
        ["patient.CtHounsfieldL1"] = (-200, 600),
        ["patient.VitaminDNgMl"] = (0, 200),
        ["patient.AlbuminGDl"] = (0, 7),
        ["patient.AsaClass"] = (1, 6),
        ["patient.CrpMgL"] = (0, 1000),
        ["patient.EsrMmH"] = (0, 200),
        ["symptoms.DurationWeeks"] = (0, Any),
        ["symptoms.BackPainNrs"] = (0, 10),
        ["symptoms.LegPainNrs"] = (0, 10),
        ["symptoms.BackPainVasMm"] = (0, 100),
        ["symptoms.LegPainVasMm"] = (0, 100),
        ["symptoms.Odi"] = (0, 100),
        ["symptoms.Rmdq"] = (0, 24),
        ["imaging.AgeMonths"] = (0, Any),
        ["imaging.CobbDeg"] = (0, Any),
        ["imaging.SvaCm"] = (-Any, Any),
        ["imaging.PiMinusLlDeg"] = (-Any, Any),
        ["imaging.Levels[].TranslationMm"] = (0, Any),
        ["imaging.Levels[].AngulationDeg"] = (0, Any),
        ["imaging.Levels[].MeyerdingGrade"] = (0, 5),
        ["imaging.Levels[].PfirrmannGrade"] = (1, 5),
        ["imaging.Levels[].ModicType"] = (0, 3),
        ["imaging.Levels[].DiscHeightPercent"] = (0, 100),
        ["imaging.Levels[].AnnularFissureGrade"] = (0, 5),
        ["imaging.Levels[].ProtrusionMm"] = (0, Any),
        ["care.PtWeeks"] = (0, Any),
        ["care.PtSessionsPerWeek"] = (0, 14),
        ["care.HomeProgramMinutesPerDay"] = (0, 600),
        ["surgery.MonthsSinceIndexFusion"] = (0, Any),
        ["surgery.ScrewLucencyMm"] = (0, Any),
        ["surgery.MonthsSinceLastLumbarSurgery"] = (0, Any),
    };
}
