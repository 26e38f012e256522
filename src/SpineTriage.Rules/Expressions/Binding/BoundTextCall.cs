namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>A text method beyond the predicates and case changes of <see cref="BoundStringCall"/>.</summary>
internal enum TextFunction
{
    /// <summary><c>text.Substring(start)</c> or <c>text.Substring(start, length)</c>; missing when out of range.</summary>
    Substring,

    /// <summary><c>text.IndexOf(part)</c>, ordinal; -1 when not found.</summary>
    IndexOf,

    /// <summary><c>text.Replace(old, new)</c>, ordinal; missing when old is empty, an error past the text limit.</summary>
    Replace,

    /// <summary><c>value.ToString()</c> of a text, number, bool or enum, in the invariant culture.</summary>
    ToText,
}

/// <summary>
/// A <see cref="TextFunction"/> over its operands (the target first, then the arguments): every operand is read first,
/// any missing gives missing, and a result the function does not define (a substring out of range) is missing too.
/// </summary>
internal sealed class BoundTextCall(TextFunction function, IReadOnlyList<BoundExpression> operands, int maxTextLength, string text)
    : BoundNode(function == TextFunction.IndexOf ? typeof(int) : typeof(string), text, [.. operands])
{
    public override int ChildCount => Operands.Count;

    public override BoundExpression ChildAt(int index) => Operands[index];

    public TextFunction Function { get; } = function;

    /// <summary>Gets the target, then the arguments.</summary>
    public IReadOnlyList<BoundExpression> Operands { get; } = operands;

    /// <summary>Gets the longest text <see cref="TextFunction.Replace"/> may build (RuleLimits.MaxStringLength).</summary>
    public int MaxLength { get; } = maxTextLength;

    /// <summary>A node like this one over other operands (for residuals).</summary>
    public BoundTextCall With(IReadOnlyList<BoundExpression> operands) => new(Function, operands, MaxLength, string.Empty);
}
