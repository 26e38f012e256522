namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>What a <see cref="BoundListView"/> does to the elements of its source.</summary>
internal enum ListViewOperation
{
    /// <summary><c>Where(p)</c> before OrderBy, OrderByDescending, Take or Skip: the elements whose condition is True.</summary>
    Where,

    /// <summary><c>OrderBy(k)</c>: stable, smallest key first (texts ordinally).</summary>
    OrderBy,

    /// <summary><c>OrderByDescending(k)</c>: stable, largest key first (texts ordinally).</summary>
    OrderByDescending,

    /// <summary><c>Take(n)</c>: the first n elements (none for n below 1).</summary>
    Take,

    /// <summary><c>Skip(n)</c>: the elements after the first n (all for n below 1).</summary>
    Skip,
}

/// <summary>
/// A list made from another: <c>Where</c> (when an ordering or a slice follows it), <c>OrderBy</c>,
/// <c>OrderByDescending</c>, <c>Take</c> or <c>Skip</c>; its value is an array of the source's elements, read by the
/// collection method, index or view after it. Missing when the source is missing, when a condition is Unknown (which
/// elements it keeps is not known), when a key is missing (where the element goes is not known) and when the count
/// is missing: never a silent wrong order.
/// </summary>
internal sealed class BoundListView(
    ListViewOperation operation, BoundExpression source, CollectionShape shape, LambdaVariable? variable, BoundExpression argument, string text)
    : BoundNode(shape.ElementType.MakeArrayType(), text, source, argument)
{
    public override int ChildCount => 2;

    public override BoundExpression ChildAt(int index) => index == 0 ? Source : Argument;

    public ListViewOperation Operation { get; } = operation;

    public BoundExpression Source { get; } = source;

    /// <summary>Gets the shape of the source collection.</summary>
    public CollectionShape Shape { get; } = shape;

    /// <summary>Gets the element variable of the condition or key; null for Take and Skip.</summary>
    public LambdaVariable? Variable { get; } = variable;

    /// <summary>Gets the condition (Where), the key (OrderBy, OrderByDescending) or the count (Take, Skip).</summary>
    public BoundExpression Argument { get; } = argument;

    public bool IsOrdering => Operation is ListViewOperation.OrderBy or ListViewOperation.OrderByDescending;

    public bool IsSlice => Operation is ListViewOperation.Take or ListViewOperation.Skip;
}
