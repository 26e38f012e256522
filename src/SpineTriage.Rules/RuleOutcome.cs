namespace SpineTriage.Rules;

/// <summary>
/// The three-valued outcome of a rule in one evaluation, and of a condition or a part of one
/// (<see cref="ConditionExplanation.Outcome"/>, <see cref="ResidualCondition.Outcome"/>): Met when it is true, NotMet
/// when it is false, Unknown when missing data leaves it open.
/// </summary>
public enum RuleOutcome : byte
{
    /// <summary>The rule's condition (or this part of it) is false.</summary>
    NotMet = 0,

    /// <summary>The rule's condition (or this part of it) is true.</summary>
    Met = 1,

    /// <summary>The rule's condition (or this part of it) read missing data; a rule's result names the missing inputs.</summary>
    Unknown = 2,
}
