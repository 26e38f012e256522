namespace SpineTriage.Rules.Expressions;

/// <summary>Limits that keep hostile or accidental expressions from exhausting the process.</summary>
/// <param name="MaxLength">The longest expression text, in characters.</param>
/// <param name="MaxDepth">The deepest nesting: the height of the syntax tree and the depth of parentheses and unary operators.</param>
internal sealed record ExpressionLimits(int MaxLength = 10_000, int MaxDepth = 100)
{
    public static ExpressionLimits Default { get; } = new();
}
