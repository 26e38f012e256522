namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// A node's result when residualising: known (<see cref="Value"/>, boxed, a bool for a condition; null when missing
/// or Unknown whatever the missing inputs turn out to be), or <see cref="Residual"/>, an expression over missing inputs.
/// </summary>
internal readonly record struct Partial(object? Value, BoundExpression? Residual)
{
    public static Partial Missing => default;

    public static Partial Of(BoundExpression residual) => new(null, residual);
}
