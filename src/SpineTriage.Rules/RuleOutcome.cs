namespace SpineTriage.Rules;

/// <summary>The outcome of one rule in one evaluation.</summary>
public enum RuleOutcome : byte
{
    /// <summary>The rule's condition is false.</summary>
    NotMet = 0,

    /// <summary>The rule's condition is true.</summary>
    Met = 1,

    /// <summary>The rule's condition read missing data; the result names the missing inputs.</summary>
    Unknown = 2,
}
