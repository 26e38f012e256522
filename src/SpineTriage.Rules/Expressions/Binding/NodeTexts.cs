namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// The source texts of bound nodes, one string per distinct text for a whole load: <c>order</c> and
/// <c>order.Amount</c> are written in rule after rule, and a node spanning its whole expression shares the expression's
/// own string. Why: a substring per node was a third of the bytes a loaded rule set keeps, all copied by the GC while
/// a large set loads (CompileScalingBenchmarks). An open-addressing table of strings, looked up by span, so a text
/// already seen makes nothing; not a framework dictionary with an alternate lookup, which ReadyToRun does not
/// precompile.
/// </summary>
internal sealed class NodeTexts
{
    private string?[] _slots = new string?[256];
    private int _count;

    /// <summary>The text of <paramref name="length"/> characters at <paramref name="start"/> in <paramref name="source"/>, shared.</summary>
    public string Of(string source, int start, int length)
    {
        if (start == 0 && length == source.Length)
        {
            return source;
        }

        var text = source.AsSpan(start, length);
        var mask = _slots.Length - 1;
        for (var i = string.GetHashCode(text) & mask; ; i = (i + 1) & mask)
        {
            if (_slots[i] is not { } slot)
            {
                var made = text.ToString();
                _slots[i] = made;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return made;
            }

            if (text.SequenceEqual(slot))
            {
                return slot;
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var text in old)
        {
            if (text is null)
            {
                continue;
            }

            var i = string.GetHashCode(text.AsSpan()) & mask;
            while (_slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = text;
        }
    }
}
