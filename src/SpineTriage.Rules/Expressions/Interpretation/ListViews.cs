using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// The orderings and slices of <see cref="BoundListView"/>, shared by the walker and the compiled delegates so both
/// order alike: stable (equal keys keep their order), deterministic (texts compare ordinally, never by the machine's
/// culture), and Take/Skip with LINQ's counts (below 1: Take keeps none, Skip all).
/// </summary>
internal static class ListViews
{
    /// <summary>The positions of the elements in key order; equal keys keep their order. Keys are present and of one type.</summary>
    public static int[] StableOrder(object[] keys, bool descending)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var compared = Compare(keys[a], keys[b]);
            return compared != 0 ? descending ? -compared : compared : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>The first position and the number of elements Take(n) or Skip(n) keeps of <paramref name="length"/>.</summary>
    public static (int Start, int Count) Slice(int length, bool take, int n)
    {
        var first = Math.Clamp(n, 0, length);
        return take ? (0, first) : (first, length - first);
    }

    /// <summary>The elements in key order (compiled delegates).</summary>
    public static T[] Order<T>(T[] items, object[] keys, bool descending)
    {
        var order = StableOrder(keys, descending);
        var ordered = new T[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ordered[i] = items[order[i]];
        }

        return ordered;
    }

    /// <summary>The elements whose flag is set (compiled delegates).</summary>
    public static T[] Keep<T>(T[] items, bool[] keep)
    {
        var kept = new List<T>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            if (keep[i])
            {
                kept.Add(items[i]);
            }
        }

        return [.. kept];
    }

    /// <summary>Take(n) or Skip(n) (compiled delegates).</summary>
    public static T[] Sliced<T>(T[] items, bool take, int n)
    {
        var (start, count) = Slice(items.Length, take, n);
        return items.AsSpan(start, count).ToArray();
    }

    private static int Compare(object a, object b) =>
        a is string x && b is string y ? string.CompareOrdinal(x, y) : ((IComparable)a).CompareTo(b);
}
