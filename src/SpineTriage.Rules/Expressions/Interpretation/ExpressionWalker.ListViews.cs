using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>List views: Where (before an ordering or a slice), OrderBy, OrderByDescending, Take and Skip.</summary>
internal sealed partial class ExpressionWalker<TMode, TResult>
{
    /// <summary>
    /// The source is read first; then the count (Take, Skip), or the condition or key of each element in order, up to
    /// the first that is Unknown or missing, which makes the view missing. The view is an array of the source's
    /// elements; the index of each in the source is kept, so an element read later is named by its path in the source.
    /// </summary>
    private TResult ListView(BoundListView view)
    {
        var source = Value(view.Source);
        switch (PresenceOf(source))
        {
            case Presence.Missing:
                return _mode.Value(view, null, source);
            case Presence.Symbolic:
                return _mode.Symbolic(view, source);
        }

        var items = new List<object?>();
        foreach (var item in (System.Collections.IEnumerable)_mode.ValueOf(source)!)
        {
            items.Add(item);
        }

        if (view.IsSlice)
        {
            var count = Value(view.Argument);
            switch (PresenceOf(count))
            {
                case Presence.Missing:
                    return _mode.Value(view, null, source, count);
                case Presence.Symbolic:
                    return _mode.Symbolic(view, count);
            }

            var (start, length) = ListViews.Slice(items.Count, view.Operation == ListViewOperation.Take, (int)_mode.ValueOf(count)!);
            return Viewed(view, items, Enumerable.Range(start, length).ToArray(), source, count);
        }

        var slot = Push(view.Variable!, view.Source);
        try
        {
            return view.Operation == ListViewOperation.Where ? Filtered(view, items, slot, source) : Ordered(view, items, slot, source);
        }
        finally
        {
            Pop();
        }
    }

    private TResult Filtered(BoundListView view, List<object?> items, int slot, in TResult source)
    {
        var kept = new List<int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            SetElement(slot, items[i], i);
            var condition = Truth(view.Argument);
            if (IsSymbolic(condition))
            {
                return _mode.Symbolic(view, condition);
            }

            switch (Decided(condition))
            {
                case Rules.Truth.True:
                    kept.Add(i);
                    break;
                case Rules.Truth.Unknown:
                    return _mode.Value(view, null, source, condition);
            }
        }

        return Viewed(view, items, [.. kept], source);
    }

    private TResult Ordered(BoundListView view, List<object?> items, int slot, in TResult source)
    {
        var keys = new object[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            SetElement(slot, items[i], i);
            var key = Value(view.Argument);
            switch (PresenceOf(key))
            {
                case Presence.Missing:
                    return _mode.Value(view, null, source, key);
                case Presence.Symbolic:
                    return _mode.Symbolic(view, key);
            }

            keys[i] = _mode.ValueOf(key)!;
        }

        return Viewed(view, items, ListViews.StableOrder(keys, view.Operation == ListViewOperation.OrderByDescending), source);
    }

    private TResult Viewed(BoundListView view, List<object?> items, int[] origins, in TResult source)
    {
        SetOrigins(view, origins);
        return _mode.Value(view, ViewArray(view, items, origins), source);
    }

    private TResult Viewed(BoundListView view, List<object?> items, int[] origins, in TResult source, in TResult count)
    {
        SetOrigins(view, origins);
        return _mode.Value(view, ViewArray(view, items, origins), source, count);
    }

    private static Array ViewArray(BoundListView view, List<object?> items, int[] origins)
    {
        var array = Array.CreateInstance(view.Shape.ElementType, origins.Length);
        for (var i = 0; i < origins.Length; i++)
        {
            array.SetValue(items[origins[i]], i);
        }

        return array;
    }
}
