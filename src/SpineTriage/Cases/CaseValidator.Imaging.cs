using SpineTriage.Cases.Json;

namespace SpineTriage.Cases;

/// <summary>The imaging checks: global alignment, level names and per-level findings.</summary>
public static partial class CaseValidator
{
    private static readonly string[] VertebraOrder =
        [.. Enumerable.Range(1, 12).Select(i => $"T{i}"), .. Enumerable.Range(1, 6).Select(i => $"L{i}"), "S1"];

    private static void CheckImaging(RangeChecks checks, ImagingFindings imaging)
    {
        checks.NotNegative("$.imaging.ageMonths", imaging.AgeMonths, " months");
        checks.NotNegative("$.imaging.cobbDeg", imaging.CobbDeg, " degrees");
        checks.Finite("$.imaging.svaCm", imaging.SvaCm);
        checks.Finite("$.imaging.piMinusLlDeg", imaging.PiMinusLlDeg);
        if (imaging.Levels is not { } levels)
        {
            return;
        }

        if (TooMany(checks, "$.imaging.levels", levels.Count, MaxLevels, "imaging levels"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < levels.Count; i++)
        {
            CheckLevel(checks, levels[i], i);
            if (levels[i].Level is { } name && IsLevelName(name) && !seen.Add(name))
            {
                checks.Add(CaseProblemCodes.DuplicateLevel, $"{LevelPath(i)}.level", $"The level {name} is listed more than once in $.imaging.levels; merge its findings into one entry.");
            }
        }
    }

    /// <summary>The JSON path of the level at <paramref name="index"/>, built only when a problem names it.</summary>
    private static string LevelPath(int index) => $"$.imaging.levels[{index}]";

    private static void CheckLevel(RangeChecks checks, ImagingLevel level, int index)
    {
        if (level.Level is { } name && !IsLevelName(name))
        {
            checks.Add(CaseProblemCodes.BadLevelName, $"{LevelPath(index)}.level", $"'{name}' is not a disc level name; write two adjacent vertebrae joined by a hyphen, such as L4-L5, L5-S1 or T12-L1.");
        }

        checks.NotNegative(index, ".translationMm", level.TranslationMm, " mm");
        checks.NotNegative(index, ".angulationDeg", level.AngulationDeg, " degrees");
        checks.Range(index, ".meyerdingGrade", level.MeyerdingGrade, 0, 5, string.Empty);
        checks.Range(index, ".pfirrmannGrade", level.PfirrmannGrade, 1, 5, string.Empty);
        checks.Range(index, ".modicType", level.ModicType, 0, 3, string.Empty);
        checks.Range(index, ".discHeightPercent", level.DiscHeightPercent, 0, 100, " %");
        checks.Range(index, ".annularFissureGrade", level.AnnularFissureGrade, 0, 5, string.Empty);
        checks.NotNegative(index, ".protrusionMm", level.ProtrusionMm, " mm");
        if (level.MeyerdingGrade >= 1 && level.SpondylolisthesisType == SpondylolisthesisType.None)
        {
            var path = LevelPath(index);
            checks.Add(CaseProblemCodes.Contradiction, $"{path}.spondylolisthesisType", $"{path}.meyerdingGrade is {level.MeyerdingGrade} (a slip) but {path}.spondylolisthesisType is none; give the slip's type or set the grade to 0.");
        }

        if (level.SpondylolisthesisType == SpondylolisthesisType.Isthmic && level.ParsDefect == false)
        {
            var path = LevelPath(index);
            checks.Add(CaseProblemCodes.Contradiction, $"{path}.parsDefect", $"{path}.spondylolisthesisType is isthmic, which means a pars defect, but {path}.parsDefect is false; correct one of them.");
        }

        if (level.Containment == DiscContainment.None && level.ProtrusionMm > 0)
        {
            var path = LevelPath(index);
            checks.Add(CaseProblemCodes.Contradiction, $"{path}.protrusionMm", $"{path}.protrusionMm is {level.ProtrusionMm} mm but {path}.containment is none; set the containment or remove protrusionMm.");
        }
    }

    /// <summary>
    /// The level next to the fusion must be one of the imaged levels when every imaged level is named (an unnamed level
    /// may be the one meant, and without imaging there is nothing to compare).
    /// </summary>
    private static void CheckAdjacentLevelImaged(RangeChecks checks, SurgicalHistory surgery, ImagingFindings? imaging)
    {
        if (surgery.AdjacentLevel is not { } adjacent || !IsLevelName(adjacent) || imaging?.Levels is not { Count: > 0 and <= MaxLevels } levels
            || levels.Any(l => l.Level is null || string.Equals(l.Level, adjacent, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        checks.Add(CaseProblemCodes.Contradiction, "$.surgery.adjacentLevel",
            $"$.surgery.adjacentLevel names {adjacent}, which is not among $.imaging.levels ({string.Join(", ", levels.Select(l => l.Level))}); add that level's findings or correct the name.");
    }

    /// <summary>Accepts two adjacent vertebrae, T1-T2 … T12-L1 … L5-S1, plus the transitional L5-L6 and L6-S1.</summary>
    /// <remarks>Plain string work, no regular expression: a regex timeout under CPU load must never fail an evaluation.</remarks>
    private static bool IsLevelName(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || name.Length > 7)
        {
            return false;
        }

        var first = name.AsSpan(0, dash);
        var second = name.AsSpan(dash + 1);
        var upper = VertebraIndex(first);
        var lower = VertebraIndex(second);
        var adjacent = lower == upper + 1 || (first is "L5" && second is "S1");
        return upper >= 0 && lower >= 0 && adjacent;
    }

    private static int VertebraIndex(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < VertebraOrder.Length; i++)
        {
            if (name.SequenceEqual(VertebraOrder[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
