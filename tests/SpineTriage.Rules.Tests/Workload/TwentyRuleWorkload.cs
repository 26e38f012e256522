namespace SpineTriage.Rules.Tests.Workload;

/// <summary>
/// A workflow of 24 top-level rules in RulesEngine's format over <see cref="WorkloadCase"/> (30 fields), and a
/// hand-written C# oracle of the same rules. C# lifted comparisons on null are false, which is exactly the
/// two-valued (RulesEngine-compatible) mode; for complete inputs it is also the three-valued result.
/// Shared with the benchmarks by a linked file: keep it free of test-framework references.
/// </summary>
public static class TwentyRuleWorkload
{
    public const string WorkflowName = "TwentyRules";

    public const string Json = """
        [
          {
            "WorkflowName": "TwentyRules",
            "GlobalParams": [
              { "Name": "instabilityMm", "Expression": "3.0" },
              { "Name": "minCareWeeks", "Expression": "6" },
              { "Name": "hba1cLimit", "Expression": "8.0" },
              { "Name": "tScoreLimit", "Expression": "-2.5" }
            ],
            "Rules": [
              { "RuleName": "RedFlag", "SuccessEvent": "Urgent", "RuleExpressionType": "LambdaExpression",
                "Expression": "patient.RedFlags.Any(f => f == \"saddleAnesthesia\" OR f == \"urinaryRetention\" OR f == \"fever\")" },
              { "RuleName": "MotorDeficit", "SuccessEvent": "Urgent", "Expression": "patient.MotorDeficit == \"progressive\"" },
              { "RuleName": "Instability", "SuccessEvent": "Appropriate", "Expression": "patient.Levels.Any(l => l.TranslationMm > instabilityMm)" },
              { "RuleName": "HighGradeSlip", "SuccessEvent": "Appropriate", "Expression": "patient.Levels.Any(l => l.MeyerdingGrade >= 2)" },
              { "RuleName": "Deformity", "SuccessEvent": "Appropriate", "Operator": "OrElse", "Rules": [
                  { "RuleName": "CobbOver30", "Expression": "patient.CobbDeg > 30" },
                  { "RuleName": "SvaOver8", "Expression": "patient.SvaCm > 8" },
                  { "RuleName": "PiLlOver15", "Expression": "patient.PiMinusLlDeg > 15" } ] },
              { "RuleName": "SevereStenosis", "Expression": "patient.Levels.Any(l => l.Stenosis == \"Severe\")" },
              { "RuleName": "EndStageDisc", "Expression": "patient.Levels.Any(l => l.PfirrmannGrade == 5)" },
              { "RuleName": "CareDurationMet", "Expression": "patient.PtWeeks >= minCareWeeks AND patient.PtSessionsPerWeek >= 2 AND patient.HomeProgram",
                "ErrorMessage": "Only $(patient.PtWeeks) weeks of care at $(patient.PtSessionsPerWeek) sessions a week." },
              { "RuleName": "NicotineGate", "Expression": "NOT patient.Smoker OR patient.NicotineFreeWeeks >= 6 OR patient.CotinineNgMl <= 10" },
              { "RuleName": "DiabetesUncontrolled", "SuccessEvent": "OptimizeFirst", "Expression": "patient.Diabetic AND patient.Hba1cPercent >= hba1cLimit" },
              { "RuleName": "Osteoporosis", "SuccessEvent": "OptimizeFirst",
                "LocalParams": [ { "Name": "elderly", "Expression": "patient.Age > 65" } ],
                "Expression": "elderly AND patient.DexaTScore <= tScoreLimit" },
              { "RuleName": "MorbidObesity", "Expression": "patient.Bmi >= 40" },
              { "RuleName": "HighAsa", "Expression": "patient.AsaClass >= 3" },
              { "RuleName": "PsychUnmanaged", "Expression": "patient.PsychScreen != null AND patient.PsychScreen.StartsWith(\"unman\")" },
              { "RuleName": "ImagingStale", "Expression": "patient.ImagingAgeMonths > 24 OR patient.ImagingAgeMonths == null" },
              { "RuleName": "Discordant", "SuccessEvent": "NeedsWorkup", "Expression": "patient.ImagingConcordant == false" },
              { "RuleName": "RadicularPain", "Operator": "And",
                "localParams": [ { "Name": "legPain", "Expression": "patient.LegPainNrs" } ],
                "Rules": [
                  { "RuleName": "Radicular", "Expression": "patient.Radicular" },
                  { "RuleName": "BelowKnee", "Expression": "patient.LegPainBelowKnee" },
                  { "RuleName": "LegPainSevere", "Expression": "legPain >= 5" } ] },
              { "RuleName": "HighDisability", "Expression": "patient.Odi >= 40 OR (patient.BackPainNrs >= 7 AND patient.DurationWeeks >= 12)" },
              { "RuleName": "AcuteUncomplicated", "SuccessEvent": "NotIndicated", "Expression": "patient.DurationWeeks < 6 AND NOT patient.RedFlags.Any()" },
              { "RuleName": "FailedCare", "Expression": "patient.Improvement == \"none\" AND patient.PtWeeks >= 6" },
              { "RuleName": "PseudarthrosisWindow", "Expression": "patient.PriorFusion && patient.MonthsSinceFusion >= 6" },
              { "RuleName": "MultiLevelDisease", "Expression": "patient.Levels.Count(l => l.PfirrmannGrade >= 4) >= 2" },
              { "RuleName": "YoungSmoker", "Expression": "patient.Age < 40 and patient.Smoker" },
              { "RuleName": "DeficitKnown", "Expression": "patient.MotorDeficit in (\"stable\", \"progressive\") || patient.Levels.All(l => l.Name.StartsWith(\"L4\"))" }
            ]
          }
        ]
        """;

    /// <summary>The number of top-level rules (the length of the oracle's output).</summary>
    public const int RuleCount = 24;

    public static RuleSetOptions Options(bool twoValued = false)
    {
        var options = new RuleSetOptions { TwoValuedLogic = twoValued };
        options.Inputs.Add(new RuleInput("patient", typeof(WorkloadCase)));
        return options;
    }

    /// <summary>The oracle: the same rules in plain C#, one bool per top-level rule in workflow order.</summary>
    public static void Evaluate(WorkloadCase p, bool[] met)
    {
        const double instabilityMm = 3.0, hba1cLimit = 8.0, tScoreLimit = -2.5;
        const int minCareWeeks = 6;
        var levels = p.Levels;
        met[0] = Any(p.RedFlags, static f => f == "saddleAnesthesia" || f == "urinaryRetention" || f == "fever");
        met[1] = p.MotorDeficit == "progressive";
        met[2] = Any(levels, static l => l.TranslationMm > instabilityMm);
        met[3] = Any(levels, static l => l.MeyerdingGrade >= 2);
        met[4] = p.CobbDeg > 30 || p.SvaCm > 8 || p.PiMinusLlDeg > 15;
        met[5] = Any(levels, static l => l.Stenosis == WorkloadStenosis.Severe);
        met[6] = Any(levels, static l => l.PfirrmannGrade == 5);
        met[7] = p.PtWeeks >= minCareWeeks && p.PtSessionsPerWeek >= 2 && p.HomeProgram;
        met[8] = !p.Smoker || p.NicotineFreeWeeks >= 6 || p.CotinineNgMl <= 10;
        met[9] = p.Diabetic && p.Hba1cPercent >= hba1cLimit;
        met[10] = p.Age > 65 && p.DexaTScore <= tScoreLimit;
        met[11] = p.Bmi >= 40;
        met[12] = p.AsaClass >= 3;
        met[13] = p.PsychScreen != null && p.PsychScreen.StartsWith("unman", StringComparison.Ordinal);
        met[14] = p.ImagingAgeMonths > 24 || p.ImagingAgeMonths == null;
        met[15] = p.ImagingConcordant == false;
        met[16] = p.Radicular && p.LegPainBelowKnee && p.LegPainNrs >= 5;
        met[17] = p.Odi >= 40 || (p.BackPainNrs >= 7 && p.DurationWeeks >= 12);
        met[18] = p.DurationWeeks < 6 && p.RedFlags.Count == 0;
        met[19] = p.Improvement == "none" && p.PtWeeks >= 6;
        met[20] = p.PriorFusion && p.MonthsSinceFusion >= 6;
        met[21] = Count(levels, static l => l.PfirrmannGrade >= 4) >= 2;
        met[22] = p.Age < 40 && p.Smoker;
        met[23] = p.MotorDeficit is "stable" or "progressive" || All(levels, static l => l.Name.StartsWith("L4", StringComparison.Ordinal));
    }

    private static bool Any<T>(List<T> items, Func<T, bool> predicate)
    {
        foreach (var item in items)
        {
            if (predicate(item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool All<T>(List<T> items, Func<T, bool> predicate)
    {
        foreach (var item in items)
        {
            if (!predicate(item))
            {
                return false;
            }
        }

        return true;
    }

    private static int Count<T>(List<T> items, Func<T, bool> predicate)
    {
        var count = 0;
        foreach (var item in items)
        {
            count += predicate(item) ? 1 : 0;
        }

        return count;
    }
}
