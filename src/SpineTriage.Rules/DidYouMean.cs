namespace SpineTriage.Rules;

/// <summary>
/// Did-you-mean: the candidates nearest to a misspelt name by case-insensitive optimal string alignment distance (a
/// restricted Damerau-Levenshtein distance). The engine's own messages use it for unknown members, fields and inputs, so
/// a host that checks its own names with it catches a misspelling the same way.
/// </summary>
public static class DidYouMean
{
    private const int MaxListed = 12;

    /// <summary>" Did you mean 'Age'?" when a candidate is near, else " Known names: a, b, c." (or "" when there are none).</summary>
    internal static string Phrase(string name, IEnumerable<string> candidates, string knownLabel = "Known names")
    {
        var all = candidates.Distinct(StringComparer.Ordinal).ToList();
        var near = Closest(name, all);
        if (near.Count > 0)
        {
            return $" Did you mean {Join(near)}?";
        }

        return all.Count == 0 ? "" : $" {knownLabel}: {string.Join(", ", all.Take(MaxListed))}{(all.Count > MaxListed ? ", ..." : "")}.";
    }

    /// <summary>
    /// Returns the candidates close to <paramref name="name"/>, closest first (ties in ordinal order), at most three: those
    /// within an optimal string alignment distance of a third of the name's length (at least 2), ignoring case.
    /// </summary>
    /// <param name="name">The name as written, such as <c>Agee</c>.</param>
    /// <param name="candidates">The names it may have meant.</param>
    /// <returns>The close candidates; empty when none is close.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="candidates"/> is null.</exception>
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Math.Max(2, name.Length / 3);
        return candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(pair => pair.Distance <= limit)
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(pair => pair.Candidate)
            .ToList();
    }

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        1 => $"'{names[0]}'",
        _ => string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $" or '{names[^1]}'",
    };

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
