using System.Text.RegularExpressions;
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

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < levels.Count; i++)
        {
            var path = $"$.imaging.levels[{i}]";
            CheckLevel(checks, levels[i], path);
            if (levels[i].Level is { } name && IsLevelName(name) && !seen.Add(name))
            {
                checks.Add(CaseProblemCodes.DuplicateLevel, $"{path}.level", $"The level {name} is listed more than once in $.imaging.levels; merge its findings into one entry.");
            }
        }
    }

    private static void CheckLevel(RangeChecks checks, ImagingLevel level, string path)
    {
        if (level.Level is { } name && !IsLevelName(name))
        {
            checks.Add(CaseProblemCodes.BadLevelName, $"{path}.level", $"'{name}' is not a disc level name; write two adjacent vertebrae joined by a hyphen, such as L4-L5, L5-S1 or T12-L1.");
        }

        checks.NotNegative($"{path}.translationMm", level.TranslationMm, " mm");
        checks.NotNegative($"{path}.angulationDeg", level.AngulationDeg, " degrees");
        checks.Range($"{path}.meyerdingGrade", level.MeyerdingGrade, 0, 5, string.Empty);
        checks.Range($"{path}.pfirrmannGrade", level.PfirrmannGrade, 1, 5, string.Empty);
        checks.Range($"{path}.modicType", level.ModicType, 0, 3, string.Empty);
        checks.Range($"{path}.discHeightPercent", level.DiscHeightPercent, 0, 100, " %");
        checks.Range($"{path}.annularFissureGrade", level.AnnularFissureGrade, 0, 5, string.Empty);
        checks.NotNegative($"{path}.protrusionMm", level.ProtrusionMm, " mm");
        if (level.MeyerdingGrade >= 1 && level.SpondylolisthesisType == SpondylolisthesisType.None)
        {
            checks.Add(CaseProblemCodes.Contradiction, $"{path}.spondylolisthesisType", $"{path}.meyerdingGrade is {level.MeyerdingGrade} (a slip) but {path}.spondylolisthesisType is none; give the slip's type or set the grade to 0.");
        }

        if (level.SpondylolisthesisType == SpondylolisthesisType.Isthmic && level.ParsDefect == false)
        {
            checks.Add(CaseProblemCodes.Contradiction, $"{path}.parsDefect", $"{path}.spondylolisthesisType is isthmic, which means a pars defect, but {path}.parsDefect is false; correct one of them.");
        }

        if (level.Containment == DiscContainment.None && level.ProtrusionMm > 0)
        {
            checks.Add(CaseProblemCodes.Contradiction, $"{path}.protrusionMm", $"{path}.protrusionMm is {level.ProtrusionMm} mm but {path}.containment is none; set the containment or remove protrusionMm.");
        }
    }

    // No match timeout: the pattern cannot backtrack, and a wall-clock timeout fired on busy machines (a valid case
    // refused with RegexMatchTimeoutException under load, found by auditing 100,000 cases).
    [GeneratedRegex("^([TLS][0-9]{1,2})-([TLS][0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex LevelNamePattern();

    /// <summary>Accepts two adjacent vertebrae, T1-T2 … T12-L1 … L5-S1, plus the transitional L5-L6 and L6-S1.</summary>
    private static bool IsLevelName(string name)
    {
        var match = LevelNamePattern().Match(name);
        if (!match.Success)
        {
            return false;
        }

        var upper = Array.IndexOf(VertebraOrder, match.Groups[1].Value);
        var lower = Array.IndexOf(VertebraOrder, match.Groups[2].Value);
        var adjacent = lower == upper + 1 || (match.Groups[1].Value == "L5" && match.Groups[2].Value == "S1");
        return upper >= 0 && lower >= 0 && adjacent;
    }
}
