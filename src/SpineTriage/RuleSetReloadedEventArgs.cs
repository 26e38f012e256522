namespace SpineTriage;

/// <summary>A new rule set was put in force.</summary>
public sealed class RuleSetReloadedEventArgs : EventArgs
{
    internal RuleSetReloadedEventArgs(string previousHash, string currentHash)
    {
        PreviousHash = previousHash;
        CurrentHash = currentHash;
    }

    /// <summary>Gets the hash of the rule set that was replaced.</summary>
    public string PreviousHash { get; }

    /// <summary>Gets the hash of the rule set now in force.</summary>
    public string CurrentHash { get; }
}
