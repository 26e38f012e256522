namespace SpineTriage.Rules;

/// <summary>The outcome of <see cref="RuleSet.TryLoad"/>: the rule set when it loaded, and every diagnostic either way.</summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(RuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<WorkflowOutline>? outlines = null)
    {
        RuleSet = ruleSet;
        Problems = diagnostics;
        Outlines = outlines ?? [];
    }

    /// <summary>
    /// Gets every workflow that could be read (a file that is not JSON has none), in source order, even when the rule set
    /// did not load: hosts check their own settings on these so that all problems are reported together.
    /// </summary>
    public IReadOnlyList<WorkflowOutline> Outlines { get; }

    /// <summary>Gets the loaded rule set, or <see langword="null"/> when any error was found.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets every error and warning found, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Gets a value indicating whether the rule set loaded (no errors; warnings are allowed).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(RuleSet))]
    public bool Succeeded => RuleSet is not null;
}
