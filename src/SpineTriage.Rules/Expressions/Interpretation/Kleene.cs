namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// Kleene's strong three-valued logic, the one table every evaluator uses (the tree walker, the rule-by-rule fold
/// over child rules and the load-time analysis of possible truths): False dominates <c>and</c>, True dominates
/// <c>or</c>, and Unknown wins over the neutral value.
/// </summary>
internal static class Kleene
{
    /// <summary>The value that decides an <c>and</c> (False) or an <c>or</c> (True) whatever the other side is.</summary>
    public static Truth Dominant(bool isAnd) => isAnd ? Truth.False : Truth.True;

    /// <summary>The value that leaves an <c>and</c> (True) or an <c>or</c> (False) to the other side.</summary>
    public static Truth Neutral(bool isAnd) => isAnd ? Truth.True : Truth.False;

    /// <summary>False if either is False; else Unknown if either is Unknown; else True.</summary>
    public static Truth And(Truth left, Truth right) => Combine(left, right, Truth.False, Truth.True);

    /// <summary>True if either is True; else Unknown if either is Unknown; else False.</summary>
    public static Truth Or(Truth left, Truth right) => Combine(left, right, Truth.True, Truth.False);

    /// <summary>The dominant value wins from either side; else a neutral left side leaves the right side; else Unknown.</summary>
    public static Truth Combine(Truth left, Truth right, Truth dominant, Truth neutral) =>
        left == dominant || right == dominant ? dominant : left == neutral ? right : Truth.Unknown;

    public static Truth Not(Truth truth) => truth switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };

    public static Truth Of(bool value) => value ? Truth.True : Truth.False;
}
