using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Diagnostics;

/// <summary>Did-you-mean for workflow-level names (fields, workflows, rules, actions), on the expression front end's edit distance.</summary>
internal static class NameSuggester
{
    /// <summary>" Did you mean 'X'?" (or 'X' or 'Y') when a close candidate exists, otherwise an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Rules.DidYouMean.Closest(name, candidates) is { Count: > 0 } near
            ? $" Did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?"
            : string.Empty;
}
