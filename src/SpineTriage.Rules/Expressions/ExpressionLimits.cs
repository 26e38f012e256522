namespace SpineTriage.Rules.Expressions;

/// <summary>Limits that keep hostile or accidental expressions from exhausting the process.</summary>
/// <param name="MaxLength">The longest expression text, in characters.</param>
/// <param name="MaxDepth">The deepest nesting: the height of the syntax tree and the depth of parentheses and unary operators.</param>
/// <param name="MaxExpandedSize">The most nodes an expression may have once the params it uses are copied in (compilation inlines them).</param>
/// <param name="MaxExpandedDepth">The deepest an expression may nest once the params it uses are copied in.</param>
/// <param name="MaxTextLength">The longest text a string concatenation may build, checked at load for constants and at run time otherwise.</param>
internal sealed record ExpressionLimits(
    int MaxLength = 10_000, int MaxDepth = 100, int MaxExpandedSize = 10_000, int MaxExpandedDepth = 1_000, int MaxTextLength = 100_000)
{
    public static ExpressionLimits Default { get; } = new();
}
