using SpineTriage.Cases.Json;
using SpineTriage.Rules;

namespace SpineTriage.Cases;

/// <summary>
/// Checks a case's values against the ranges of the case format (README "The case format"), and for
/// contradictions between fields; lists every problem with its JSON path (<c>$.patient.age</c>).
/// </summary>
public static partial class CaseValidator
{
    /// <summary>Lists every range problem and contradiction in <paramref name="patientCase"/>.</summary>
    /// <param name="patientCase">The case to check.</param>
    /// <returns>The problems; empty when the case is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patientCase"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(PatientCase patientCase)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        var checks = new RangeChecks();
        if (patientCase.Patient is { } patient)
        {
            CheckPatient(checks, patient);
        }

        if (patientCase.Symptoms is { } symptoms)
        {
            CheckSymptoms(checks, symptoms);
        }

        if (patientCase.Imaging is { } imaging)
        {
            CheckImaging(checks, imaging);
        }

        if (patientCase.Care is { } care)
        {
            CheckCare(checks, care);
        }

        if (patientCase.Surgery is { } surgery)
        {
            CheckSurgery(checks, surgery);
            CheckAdjacentLevelImaged(checks, surgery, patientCase.Imaging);
        }

        return checks.Problems;
    }

    /// <summary>Throws when <paramref name="patientCase"/> has any problem.</summary>
    /// <param name="patientCase">The case to check.</param>
    /// <exception cref="CaseValidationException">The case has problems; all are listed.</exception>
    public static void ThrowIfInvalid(PatientCase patientCase)
    {
        var problems = Validate(patientCase);
        if (problems.Count > 0)
        {
            throw new CaseValidationException(problems);
        }
    }

    private static void CheckPatient(RangeChecks checks, PatientDetails p)
    {
        checks.Range("$.patient.age", p.Age, 0, 120, " years");
        checks.Range("$.patient.bmi", p.Bmi, 10, 90, " kg/m²");
        checks.NotNegative("$.patient.nicotineFreeWeeks", p.NicotineFreeWeeks, " weeks");
        checks.NotNegative("$.patient.cotinineNgMl", p.CotinineNgMl, " ng/mL");
        checks.Range("$.patient.hba1cPercent", p.HbA1cPercent, 3, 20, " %");
        checks.Range("$.patient.dexaTScoreMin", p.DexaTScoreMin, -6, 4, " SD");
        checks.Range("$.patient.ctHounsfieldL1", p.CtHounsfieldL1, -200, 600, " HU");
        checks.Range("$.patient.vitaminDNgMl", p.VitaminDNgMl, 0, 200, " ng/mL");
        checks.Range("$.patient.albuminGDl", p.AlbuminGDl, 0, 7, " g/dL");
        checks.Range("$.patient.asaClass", p.AsaClass, 1, 6, string.Empty);
        checks.Range("$.patient.crpMgL", p.CrpMgL, 0, 1000, " mg/L");
        checks.Range("$.patient.esrMmH", p.EsrMmH, 0, 200, " mm/h");
    }

    private static void CheckSymptoms(RangeChecks checks, SymptomFindings s)
    {
        checks.NotNegative("$.symptoms.durationWeeks", s.DurationWeeks, " weeks");
        checks.Range("$.symptoms.backPainNrs", s.BackPainNrs, 0, 10, " (NRS)");
        checks.Range("$.symptoms.legPainNrs", s.LegPainNrs, 0, 10, " (NRS)");
        checks.Range("$.symptoms.backPainVasMm", s.BackPainVasMm, 0, 100, " mm");
        checks.Range("$.symptoms.legPainVasMm", s.LegPainVasMm, 0, 100, " mm");
        checks.Range("$.symptoms.odi", s.Odi, 0, 100, " %");
        checks.Range("$.symptoms.rmdq", s.Rmdq, 0, 24, " points");
        var flags = CheckFlagList(checks, "$.symptoms.redFlags", s.RedFlags);
        var workedUp = CheckFlagList(checks, "$.symptoms.redFlagsWorkedUp", s.RedFlagsWorkedUp);
        if (flags is not null && workedUp is not null && !IsSubset(workedUp, flags))
        {
            foreach (var cleared in workedUp.Distinct().Where(f => !flags.Contains(f)))
            {
                checks.Add(CaseProblemCodes.Contradiction, "$.symptoms.redFlagsWorkedUp",
                    $"$.symptoms.redFlagsWorkedUp lists '{CamelCase(cleared.ToString())}', which $.symptoms.redFlags does not; a worked-up flag must also be listed as present (add it to redFlags or remove it here).");
            }
        }
    }

    /// <summary>Checks a list of red flags for its length and duplicates; returns it when short enough to compare with another.</summary>
    private static IReadOnlyList<RedFlag>? CheckFlagList(RangeChecks checks, string path, IReadOnlyList<RedFlag>? flags)
    {
        if (flags is null || TooMany(checks, path, flags.Count, MaxRedFlags, "red flags"))
        {
            return null;
        }

        if (!HasDuplicate(flags))
        {
            return flags;
        }

        foreach (var duplicate in flags.GroupBy(f => f).Where(g => g.Count() > 1))
        {
            checks.Add(CaseProblemCodes.Contradiction, path, $"The red flag '{CamelCase(duplicate.Key.ToString())}' is listed more than once in {path}; list each once.");
        }

        return flags;
    }

    /// <summary>Whether a flag is listed twice, without allocating (the common case has none, and then no grouping is built).</summary>
    private static bool HasDuplicate(IReadOnlyList<RedFlag> flags)
    {
        var seen = 0UL;
        for (var i = 0; i < flags.Count; i++)
        {
            var bit = 1UL << ((int)flags[i] & 63);
            if ((seen & bit) != 0)
            {
                return true;
            }

            seen |= bit;
        }

        return false;
    }

    /// <summary>Whether every flag of <paramref name="some"/> is in <paramref name="all"/> (both short: at most one of each flag).</summary>
    private static bool IsSubset(IReadOnlyList<RedFlag> some, IReadOnlyList<RedFlag> all)
    {
        for (var i = 0; i < some.Count; i++)
        {
            var found = false;
            for (var j = 0; j < all.Count && !found; j++)
            {
                found = some[i] == all[j];
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckCare(RangeChecks checks, ConservativeCare c)
    {
        checks.NotNegative("$.care.ptWeeks", c.PtWeeks, " weeks");
        checks.Range("$.care.ptSessionsPerWeek", c.PtSessionsPerWeek, 0, 14, " sessions per week");
        checks.Range("$.care.homeProgramMinutesPerDay", c.HomeProgramMinutesPerDay, 0, 600, " minutes per day");
        TooMany(checks, "$.care.injections", c.Injections?.Count ?? 0, MaxInjections, "injections");
        var mbbInjection = c.Injections?.Any(i => i.Type == InjectionType.Mbb) == true;
        if (mbbInjection && c.MedialBranchBlock == MedialBranchBlockResult.NotDone)
        {
            checks.Add(CaseProblemCodes.Contradiction, "$.care.medialBranchBlock", "$.care.medialBranchBlock says notDone but $.care.injections lists an mbb injection; record the block's result (negative or positive).");
        }
    }

    private static void CheckSurgery(RangeChecks checks, SurgicalHistory s)
    {
        checks.NotNegative("$.surgery.monthsSinceIndexFusion", s.MonthsSinceIndexFusion, " months");
        checks.NotNegative("$.surgery.screwLucencyMm", s.ScrewLucencyMm, " mm");
        checks.NotNegative("$.surgery.monthsSinceLastLumbarSurgery", s.MonthsSinceLastLumbarSurgery, " months");
        if (s.MonthsSinceLastLumbarSurgery > s.MonthsSinceIndexFusion)
        {
            checks.Add(CaseProblemCodes.Contradiction, "$.surgery.monthsSinceLastLumbarSurgery",
                $"$.surgery.monthsSinceLastLumbarSurgery is {s.MonthsSinceLastLumbarSurgery} but the index fusion, itself a lumbar operation, was {s.MonthsSinceIndexFusion} months ago; the last operation cannot be longer ago than the fusion.");
        }

        if (s.AdjacentLevel is { } adjacent && !IsLevelName(adjacent))
        {
            checks.Add(CaseProblemCodes.BadLevelName, "$.surgery.adjacentLevel", $"'{adjacent}' is not a disc level name; write the imaged level next to the fusion as two adjacent vertebrae joined by a hyphen, such as L3-L4.");
        }

        if (s.PriorFusion != false)
        {
            return;
        }

        var fusionOnly = new (string Name, bool Present)[]
        {
            ("monthsSinceIndexFusion", s.MonthsSinceIndexFusion is not null),
            ("fusionStatusCt", s.FusionStatusCt is not null),
            ("screwLucencyMm", s.ScrewLucencyMm is not null),
            ("rodFracture", s.RodFracture == true),
            ("cageSubsidence", s.CageSubsidence == true),
            ("adjacentSegmentDisease", s.AdjacentSegmentDisease == true),
            ("adjacentLevel", s.AdjacentLevel is not null),
        };
        foreach (var (name, _) in fusionOnly.Where(f => f.Present))
        {
            checks.Add(CaseProblemCodes.Contradiction, $"$.surgery.{name}", $"$.surgery.{name} describes an earlier fusion but $.surgery.priorFusion is false; set priorFusion to true or remove {name}.");
        }
    }

    /// <summary>The most imaging levels a case may list (every motion segment T1-T2 to L6-S1 fits).</summary>
    internal const int MaxLevels = 32;

    /// <summary>The most injections a case may list.</summary>
    internal const int MaxInjections = 100;

    /// <summary>The most red flags a list may hold: each flag once.</summary>
    internal static readonly int MaxRedFlags = Enum.GetValues<RedFlag>().Length;

    /// <summary>The longest list allowed at <paramref name="path"/> and what it lists, or null when the path is not a limited list.</summary>
    internal static (int Max, string What)? ListLimit(string path) => path switch
    {
        "$.symptoms.redFlags" or "$.symptoms.redFlagsWorkedUp" => (MaxRedFlags, "red flags"),
        "$.imaging.levels" => (MaxLevels, "imaging levels"),
        "$.care.injections" => (MaxInjections, "injections"),
        _ => null,
    };

    /// <summary>The problem for a list longer than its limit.</summary>
    internal static string TooManyMessage(string path, int count, int max, string what) =>
        $"{path} lists {count:N0} {what}; a case may list at most {max}. Remove duplicates or entries that do not belong to this patient.";

    /// <summary>Adds a problem when a list is longer than its limit, so a hostile case cannot make the checks or the report unbounded.</summary>
    private static bool TooMany(RangeChecks checks, string path, int count, int max, string what)
    {
        if (count <= max)
        {
            return false;
        }

        checks.Add(CaseProblemCodes.TooMany, path, TooManyMessage(path, count, max, what));
        return true;
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
