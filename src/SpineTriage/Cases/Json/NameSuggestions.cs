namespace SpineTriage.Cases.Json;

/// <summary>Finds the closest known name to a misspelt one, for "did you mean" hints.</summary>
internal static class NameSuggestions
{
    /// <summary>Returns the candidate closest to <paramref name="name"/> (case-insensitive edit distance), or null when none is close.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    /// <summary>Formats " Did you mean 'x'?" or an empty string.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } match ? $" Did you mean '{match}'?" : string.Empty;

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
