using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>A JSON value with its byte offsets in the file: what <see cref="JsonDocument"/> would give, plus positions (a view of a <see cref="LocatedDocument"/> record).</summary>
internal readonly struct LocatedValue(LocatedDocument document, int index)
{
    public JsonValueKind Kind => document.KindOf(index);

    /// <summary>Gets the byte offset of the value's first token.</summary>
    public int Start => document.StartOf(index);

    /// <summary>Gets the byte offset just after the value.</summary>
    public int End => document.EndOf(index);

    /// <summary>Gets the decoded string, or the raw text of a number (decoded on each call).</summary>
    public string? Text => document.TextOf(index);

    /// <summary>Gets the index in <see cref="Text"/> of the first escaped character, or -1.</summary>
    public int FirstEscapeIndex => document.FirstEscapeIndexOf(index);

    /// <summary>Gets the properties of an object, in order; none for other values.</summary>
    public LocatedProperties Properties => new(document, Kind == JsonValueKind.Object ? index : -1);

    /// <summary>Gets the items of an array, in order; none for other values.</summary>
    public LocatedItems Items => new(document, Kind == JsonValueKind.Array ? index : -1);

    /// <summary>A word for the kind, for messages such as "found a number".</summary>
    public string KindName => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>The properties of an object: a count and an enumerator, allocating nothing.</summary>
internal readonly struct LocatedProperties(LocatedDocument document, int parent)
{
    public int Count => parent < 0 ? 0 : document.CountOf(parent);

    public Enumerator GetEnumerator() => new(document, parent);

    public struct Enumerator(LocatedDocument document, int parent)
    {
        private LocatedChildCursor _cursor = new(document, parent);

        public readonly LocatedProperty Current => new(document, _cursor.Current);

        public bool MoveNext() => _cursor.MoveNext();
    }
}

/// <summary>The items of an array: a count and an enumerator, allocating nothing.</summary>
internal readonly struct LocatedItems(LocatedDocument document, int parent)
{
    public int Count => parent < 0 ? 0 : document.CountOf(parent);

    public Enumerator GetEnumerator() => new(document, parent);

    public struct Enumerator(LocatedDocument document, int parent)
    {
        private LocatedChildCursor _cursor = new(document, parent);

        public readonly LocatedValue Current => new(document, _cursor.Current);

        public bool MoveNext() => _cursor.MoveNext();
    }
}

/// <summary>Walks the children of a value: the first follows it, each next one follows the previous one's subtree.</summary>
internal struct LocatedChildCursor(LocatedDocument document, int parent)
{
    private int _next = parent + 1;
    private int _remaining = parent < 0 ? 0 : document.CountOf(parent);

    public int Current { get; private set; } = -1;

    public bool MoveNext()
    {
        if (_remaining == 0)
        {
            return false;
        }

        _remaining--;
        Current = _next;
        _next = document.NextOf(Current);
        return true;
    }
}

/// <summary>A property of a JSON object: its name as written, the byte offset of the name, and its value.</summary>
internal readonly struct LocatedProperty(LocatedDocument document, int valueIndex)
{
    /// <summary>Gets the decoded name (a new string on each call; see <see cref="NameIs"/>).</summary>
    public string Name => document.NameOf(valueIndex);

    /// <summary>Gets the byte offset of the name's opening quote.</summary>
    public int NameStart => document.NameStartOf(valueIndex);

    public LocatedValue Value => new(document, valueIndex);

    /// <summary>Whether the name is <paramref name="name"/>, ignoring case (ordinal), decoding nothing when it is plain ASCII.</summary>
    public bool NameIs(string name) => document.NameIs(valueIndex, name, ignoreCase: true);

    /// <summary>The name as written: <paramref name="canonical"/> itself when written exactly so (no new string), else the decoded name.</summary>
    public string NameAsWritten(string canonical) => document.NameIs(valueIndex, canonical, ignoreCase: false) ? canonical : Name;
}
