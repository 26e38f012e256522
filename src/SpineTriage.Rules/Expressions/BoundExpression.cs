using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions;

/// <summary>A type-checked expression tree; immutable and shareable across threads.</summary>
internal abstract class BoundExpression
{
    /// <summary>The CLR type of the value (the non-nullable underlying type for value types; bool for conditions).</summary>
    public abstract Type Type { get; }

    /// <summary>The source text of this node.</summary>
    public abstract string Text { get; }

    /// <summary>The operands, in source order.</summary>
    public abstract IReadOnlyList<BoundExpression> Children { get; }

    /// <summary>Gets the number of operands (<see cref="Children"/> without making its view: the residual analyses walk trees per case).</summary>
    public abstract int ChildCount { get; }

    /// <summary>The operand at an index from 0 to <see cref="ChildCount"/> - 1, in source order.</summary>
    /// <param name="index">The operand's index.</param>
    /// <returns>The operand.</returns>
    public abstract BoundExpression ChildAt(int index);

    /// <summary>The input member paths this expression can read, such as <c>order.Amount</c> or <c>order.Lines[].Discount</c>, distinct, in reading order.</summary>
    public IReadOnlyList<string> InputPaths => BoundInputPaths.Of(this);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
