namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>A part of a date or a time span, a date moved by days, months or years, or the time between two dates (<see cref="BoundDateCall"/>).</summary>
internal enum DateFunction
{
    /// <summary><c>date.Year</c>.</summary>
    Year,

    /// <summary><c>date.Month</c>, 1 to 12.</summary>
    Month,

    /// <summary><c>date.Day</c>, the day of the month.</summary>
    Day,

    /// <summary><c>date.DayOfYear</c>, 1 to 366.</summary>
    DayOfYear,

    /// <summary><c>dateOnly.DayNumber</c>, days since 1 January of year 1.</summary>
    DayNumber,

    /// <summary><c>dateTime.Date</c>, the date at midnight.</summary>
    Date,

    /// <summary><c>span.Days</c>, whole days.</summary>
    Days,

    /// <summary><c>span.TotalDays</c>.</summary>
    TotalDays,

    /// <summary><c>span.TotalHours</c>.</summary>
    TotalHours,

    /// <summary><c>date.AddDays(n)</c>; missing when the result is out of range.</summary>
    AddDays,

    /// <summary><c>date.AddMonths(n)</c>; missing when the result is out of range.</summary>
    AddMonths,

    /// <summary><c>date.AddYears(n)</c>; missing when the result is out of range.</summary>
    AddYears,

    /// <summary><c>later - earlier</c> of two dates: a time span.</summary>
    Difference,

    /// <summary><c>DateTime.Now</c>, read from the host's clock (<see cref="RuleSetOptions.Clock"/>) at each evaluation.</summary>
    Now,

    /// <summary><c>DateTime.UtcNow</c>, read from the host's clock at each evaluation.</summary>
    UtcNow,

    /// <summary><c>DateTime.Today</c>, read from the host's clock at each evaluation.</summary>
    Today,
}

/// <summary>
/// A <see cref="DateFunction"/> over its operands (the date or span first, then the argument): every operand is read
/// first, any missing gives missing, and a date out of range gives missing, never an exception. Both tiers call the
/// same method of <see cref="DateFunctions"/>.
/// </summary>
internal sealed class BoundDateCall(DateFunction function, IReadOnlyList<BoundExpression> operands, Type type, string text)
    : BoundNode(type, text, [.. operands])
{
    public override int ChildCount => Operands.Count;

    public override BoundExpression ChildAt(int index) => Operands[index];

    public DateFunction Function { get; } = function;

    /// <summary>Gets the date or span, then the argument (the earlier date of a difference).</summary>
    public IReadOnlyList<BoundExpression> Operands { get; } = operands;

    /// <summary>Gets the method both tiers call.</summary>
    public System.Reflection.MethodInfo Method { get; } = DateFunctions.MethodFor(function, operands);

    /// <summary>Gets a value indicating whether the node reads the host's clock (its one operand is the clock): never constant at load.</summary>
    public bool ReadsClock => Function is DateFunction.Now or DateFunction.UtcNow or DateFunction.Today;

    /// <summary>A node like this one over other operands (for residuals).</summary>
    public BoundDateCall With(IReadOnlyList<BoundExpression> operands) => new(Function, operands, Type, string.Empty);
}
