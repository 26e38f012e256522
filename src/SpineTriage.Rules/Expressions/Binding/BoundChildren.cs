namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>The operands of a node, as a list made when asked.</summary>
internal sealed class BoundChildren(BoundNode node) : IReadOnlyList<BoundExpression>
{
    public int Count => node.ChildCount;

    public BoundExpression this[int index] => (uint)index < (uint)node.ChildCount ? node.ChildAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<BoundExpression> GetEnumerator()
    {
        for (var i = 0; i < node.ChildCount; i++)
        {
            yield return node.ChildAt(i);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
