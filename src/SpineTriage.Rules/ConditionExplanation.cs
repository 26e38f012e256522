namespace SpineTriage.Rules;

/// <summary>
/// Why a condition came out as it did: one node of the expression with the value it read or produced,
/// and the same for each operand, down to the comparisons and the input values they read.
/// </summary>
public sealed class ConditionExplanation
{
    internal ConditionExplanation(string text, RuleOutcome? outcome, string? value, string? missingInput, IReadOnlyList<ConditionExplanation> operands)
    {
        Text = text;
        Outcome = outcome;
        Value = value;
        MissingInput = missingInput;
        Operands = operands;
    }

    /// <summary>Gets the source text of this part of the expression, such as <c>order.Amount &gt; 100</c>.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets the outcome of a boolean part: <see cref="RuleOutcome.Met"/> when it is true, <see cref="RuleOutcome.NotMet"/>
    /// when it is false, <see cref="RuleOutcome.Unknown"/> when it read missing data; <see langword="null"/> for a value
    /// such as a number.
    /// </summary>
    public RuleOutcome? Outcome { get; }

    /// <summary>Gets the value read or computed, formatted invariantly (<c>null</c> when missing); <see langword="null"/> for boolean parts.</summary>
    public string? Value { get; }

    /// <summary>Gets the input path that was missing when this part read missing data, such as <c>customer.CreditLimit</c>.</summary>
    public string? MissingInput { get; }

    /// <summary>Gets the explanations of the operands, in source order.</summary>
    public IReadOnlyList<ConditionExplanation> Operands { get; }
}
