using System.Globalization;
using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Assessments.Exact;

/// <summary>
/// Writes, for each possible verdict, the condition on the missing data that leads to it, in plain language, from
/// the search's cubes: cubes of the verdict that differ in one input only are merged (their values joined), and each
/// input's values read as ranges, names or yes/no: "hba1c percent is 8 or more", "annular fissure grade at L4-L5 is
/// from 3 to 4 and disc height percent at L4-L5 is 50 or more".
/// </summary>
internal static class VerdictConditions
{
    /// <summary>The most cubes of one verdict merged into a condition (merging compares them pair by pair, repeatedly).</summary>
    private const int MaxCubesMerged = 64;

    public static string? Of(AssessmentDefinition definition, ExactResolution exact, string verdict, ImagingFindings? imaging)
    {
        if (exact.Possible.Count <= 1)
        {
            return null;
        }

        if (exact.Cubes.Count == 0)
        {
            return exact.FallbackResiduals is { } residuals ? ExactVerdicts.FallbackCondition(definition, residuals, exact.Possible, verdict) : null;
        }

        var variables = exact.Variables;
        var cubes = exact.Cubes.Where(c => c.Verdict == verdict).Select(c => Sets(c, variables)).ToList();
        if (cubes.Count > MaxCubesMerged)
        {
            // Too many combinations to write out: name the inputs that decide.
            var deciding = variables.Where(v => exact.DecidingInputs.Contains(v.Path, StringComparer.Ordinal)).Select(v => Label(v.Path, imaging)).Distinct(StringComparer.Ordinal);
            return $"for some values of {string.Join(", ", deciding)}";
        }

        Merge(cubes, variables);
        return string.Join("; or ", cubes.Select(cube => Describe(cube, variables, imaging)).Distinct(StringComparer.Ordinal));
    }

    /// <summary>A cube as, per input, the set of value indexes it allows (null: any value).</summary>
    private static SortedSet<int>?[] Sets(VerdictCube cube, IReadOnlyList<SearchVariable> variables)
    {
        var sets = new SortedSet<int>?[variables.Count];
        for (var v = 0; v < sets.Length; v++)
        {
            sets[v] = cube.Values[v] < 0 ? null : [cube.Values[v]];
        }

        return sets;
    }

    /// <summary>Merges cubes that agree on every input but one, until none do; an input that then allows every value is dropped.</summary>
    private static void Merge(List<SortedSet<int>?[]> cubes, IReadOnlyList<SearchVariable> variables)
    {
        for (var merged = true; merged;)
        {
            merged = false;
            for (var i = 0; i < cubes.Count && !merged; i++)
            {
                for (var j = i + 1; j < cubes.Count && !merged; j++)
                {
                    var differ = -1;
                    var count = 0;
                    for (var v = 0; v < variables.Count; v++)
                    {
                        if (!Same(cubes[i][v], cubes[j][v]))
                        {
                            differ = v;
                            count++;
                        }
                    }

                    if (count == 1 && cubes[i][differ] is { } first && cubes[j][differ] is { } second)
                    {
                        var union = new SortedSet<int>(first.Concat(second));
                        cubes[i][differ] = union.Count == variables[differ].Values.Count ? null : union;
                        cubes.RemoveAt(j);
                        merged = true;
                    }
                }
            }
        }
    }

    private static bool Same(SortedSet<int>? a, SortedSet<int>? b) => a is null ? b is null : b is not null && a.SetEquals(b);

    private static string Describe(SortedSet<int>?[] cube, IReadOnlyList<SearchVariable> variables, ImagingFindings? imaging)
    {
        var parts = new List<string>();
        var wholes = new List<string>();
        for (var v = 0; v < cube.Length; v++)
        {
            if (cube[v] is not { } values)
            {
                continue;
            }

            if (variables[v].IsCondition)
            {
                // An atom's own condition can be a whole rule body over the levels: the collection is named instead.
                var whole = CasePaths.ToJsonPath(variables[v].Path);
                if (!wholes.Contains(whole))
                {
                    wholes.Add(whole);
                }

                continue;
            }

            parts.Add($"{Label(variables[v].Path, imaging)} is {Values([.. values.Select(i => variables[v].Values[i])])}");
        }

        var depending = wholes.Count == 0 ? null : $"depending on {Or(wholes)} (missing as a whole)";
        return parts.Count == 0 ? depending ?? "whatever the missing data"
            : depending is null ? string.Join(" and ", parts)
            : $"{string.Join(" and ", parts)}, {depending}";
    }

    /// <summary>"8 or more", "less than 3 or from 5 to 6", "severe", "mild or moderate", "true".</summary>
    private static string Values(List<DomainValue> values)
    {
        if (values.TrueForAll(v => v.Region is not null))
        {
            var ranges = new List<NumericRegion>();
            foreach (var region in values.Select(v => v.Region!.Value).OrderBy(r => r.Low).ThenBy(r => r.LowIncluded ? 0 : 1))
            {
                if (ranges.Count > 0 && ranges[^1].High == region.Low && (ranges[^1].HighIncluded || region.LowIncluded))
                {
                    ranges[^1] = ranges[^1] with { High = region.High, HighIncluded = region.HighIncluded, ToMaximum = region.ToMaximum };
                }
                else
                {
                    ranges.Add(region);
                }
            }

            return Or(ranges.Select(Range).ToList());
        }

        return Or([.. values.Select(v => v.Value switch
        {
            bool b => b ? "true" : "false",
            string text => $"\"{text}\"",
            Enum name => char.ToLowerInvariant(name.ToString()[0]) + name.ToString()[1..],
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
        })]);
    }

    private static string Range(NumericRegion r)
    {
        var (low, high) = (Number(r.Low), Number(r.High));
        return (r.FromMinimum || double.IsNegativeInfinity(r.Low), r.ToMaximum || double.IsPositiveInfinity(r.High)) switch
        {
            (true, true) => "any value",
            _ when r.Low == r.High => low,
            (true, false) => r.HighIncluded ? $"{high} or less" : $"less than {high}",
            (false, true) => r.LowIncluded ? $"{low} or more" : $"more than {low}",
            _ => (r.LowIncluded, r.HighIncluded) switch
            {
                (true, true) => $"from {low} to {high}",
                (true, false) => $"from {low} to less than {high}",
                (false, true) => $"more than {low} up to {high}",
                _ => $"between {low} and {high} (neither included)",
            },
        };
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Or(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} or {items[^1]}";

    /// <summary>
    /// An input in words, from its case JSON name: <c>patient.HbA1cPercent</c> reads "hba1c percent", an imaging
    /// level's input names the level (<c>imaging.Levels[0].AnnularFissureGrade</c> reads "annular fissure grade at
    /// L4-L5"), an injection's its number.
    /// </summary>
    public static string Label(string path, ImagingFindings? imaging)
    {
        var json = CasePaths.ToJsonPath(path);
        var segments = json.Split('.');
        var words = PlainLanguageRenderer.Words(segments[^1]);
        foreach (var segment in segments[..^1])
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0 || !int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                continue;
            }

            return segment[..bracket] switch
            {
                "levels" when imaging is { Levels: { } levels } && index < levels.Count && levels[index]?.Level is { } name => $"{words} at {name}",
                "levels" => $"{words} at imaging level {index + 1}",
                "injections" => $"{words} of injection {index + 1}",
                var collection => $"{words} of {PlainLanguageRenderer.Words(collection)} {index + 1}",
            };
        }

        return words;
    }
}
