namespace SpineTriage.Cases.Json;

/// <summary>
/// Finds the closest known name to a misspelt one, for "did you mean" hints in case, test-file, bibliography and option
/// messages: the engine's one did-you-mean (case-insensitive optimal string alignment distance), so a misspelling is
/// caught the same way in a rule file and in a case.
/// </summary>
internal static class NameSuggestions
{
    /// <summary>Returns the candidate closest to <paramref name="name"/>, or null when none is close.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates) =>
        Rules.DidYouMean.Closest(name, candidates) is { Count: > 0 } near ? near[0] : null;

    /// <summary>Formats " Did you mean 'x'?" or an empty string.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } match ? $" Did you mean '{match}'?" : string.Empty;
}
