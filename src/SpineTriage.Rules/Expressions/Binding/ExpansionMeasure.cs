namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// Measures a bound tree as compilation sees it: params are inlined, so a param used twice is copied twice and
/// <c>p2 = p1 + p1, p3 = p2 + p2, …</c> doubles at every step. Measured once per node from its children, in constant time.
/// </summary>
internal static class ExpansionMeasure
{
    public static long Size(IReadOnlyList<BoundExpression> children)
    {
        // Indexed, not foreach: an array's enumerator through the interface is an object, made twice per node.
        long size = 1;
        for (var i = 0; i < children.Count; i++)
        {
            size = Saturated(size + SizeOf(children[i]));
        }

        return size;
    }

    public static long Height(IReadOnlyList<BoundExpression> children)
    {
        long height = 0;
        for (var i = 0; i < children.Count; i++)
        {
            height = Math.Max(height, HeightOf(children[i]));
        }

        return height + 1;
    }

    public static long Size(BoundExpression child) => Saturated(1 + SizeOf(child));

    public static long Size(BoundExpression first, BoundExpression second) => Saturated(Saturated(1 + SizeOf(first)) + SizeOf(second));

    public static long Height(BoundExpression child) => HeightOf(child) + 1;

    public static long Height(BoundExpression first, BoundExpression second) => Math.Max(HeightOf(first), HeightOf(second)) + 1;

    public static long SizeOf(BoundExpression node) => node is BoundNode bound ? bound.ExpandedSize : Size(node.Children);

    public static long HeightOf(BoundExpression node) => node is BoundNode bound ? bound.ExpandedHeight : Height(node.Children);

    private static long Saturated(long value) => value < 0 || value > int.MaxValue ? int.MaxValue : value;
}
