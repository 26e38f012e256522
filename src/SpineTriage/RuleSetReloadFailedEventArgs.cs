using SpineTriage.Rules;

namespace SpineTriage;

/// <summary>An edit of the rules was refused; the rule set with <see cref="KeptHash"/> stays in force.</summary>
public sealed class RuleSetReloadFailedEventArgs : EventArgs
{
    internal RuleSetReloadFailedEventArgs(string keptHash, IReadOnlyList<Diagnostic> errors)
    {
        KeptHash = keptHash;
        Errors = errors;
    }

    /// <summary>Gets the hash of the rule set still in force.</summary>
    public string KeptHash { get; }

    /// <summary>Gets every error of the refused edit, located in its file.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }
}
