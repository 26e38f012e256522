namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// What the walker's explain mode found for one node: its value (boxed, null when missing), its truth for
/// conditions, the input paths that made it missing or Unknown, and its operands.
/// </summary>
internal sealed record ExplainedNode(BoundExpression Node, object? Value, Truth? Truth, IReadOnlyList<string> Missing, IReadOnlyList<ExplainedNode> Operands)
{
    public bool IsMissing => Truth is null ? Value is null : Truth == Rules.Truth.Unknown;

    /// <summary>The truth of a boolean value: Unknown when missing.</summary>
    public Truth AsTruth => Truth ?? (Value is bool b ? b ? Rules.Truth.True : Rules.Truth.False : Rules.Truth.Unknown);

    /// <summary>The value of a boolean part as a nullable bool, so conditions can be compared and chosen like values.</summary>
    public object? AsValue => Truth is { } truth ? truth == Rules.Truth.Unknown ? null : truth == Rules.Truth.True : Value;
}
