namespace SpineTriage.Rules;

/// <summary>
/// A truth value of three-valued (Kleene) logic: what the evaluator computes for an expression (DESIGN §5). Internal:
/// the public surface speaks of <see cref="RuleOutcome"/>, whose values are the same numbers (False is NotMet, True
/// is Met, Unknown is Unknown), so a cast converts one to the other where results are made public.
/// </summary>
internal enum Truth : byte
{
    /// <summary>The condition is known to be false.</summary>
    False = (byte)RuleOutcome.NotMet,

    /// <summary>The condition is known to be true.</summary>
    True = (byte)RuleOutcome.Met,

    /// <summary>The condition read data that is missing, so it can be neither true nor false yet.</summary>
    Unknown = (byte)RuleOutcome.Unknown,
}
