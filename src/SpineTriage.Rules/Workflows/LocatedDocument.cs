using System.Text;
using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// A parsed rule file: one record per JSON value, in document order (each value followed by its subtree), over the
/// file's UTF-8 bytes, with strings decoded only when asked. Why not an object per value: the values of a whole file
/// stay alive until it is read, so at 10,000 rules the GC copied about a dozen objects per rule out of generation 0
/// and again out of generation 1 (CompileScalingBenchmarks); these records hold no references, so the GC neither
/// traces nor, once the array is large, copies them.
/// </summary>
internal sealed partial class LocatedDocument
{
    private readonly byte[] _utf8;
    private Entry[] _entries;
    private int _count;

    /// <summary>The strings as <see cref="Utf8JsonReader"/> decoded them (names, then values, by entry), when it read the file; null when the scanner did.</summary>
    private string?[]? _decoded;

    private int _pendingNameStart = -1;
    private int _pendingNameEnd = -1;
    private bool _pendingNameEscaped;

    public LocatedDocument(byte[] utf8, bool decodedByReader)
    {
        _utf8 = utf8;

        // About one value per 24 bytes in a typical rule file; the array grows when there are more.
        _entries = new Entry[Math.Max(16, utf8.Length / 24)];
        _decoded = decodedByReader ? new string?[_entries.Length * 2] : null;
    }

    /// <summary>Gets the first value of the document.</summary>
    public LocatedValue Root => new(this, 0);

    /// <summary>Gets the file's bytes.</summary>
    public byte[] Utf8 => _utf8;

    /// <summary>Records the name of the property whose value is added next.</summary>
    /// <param name="start">The byte offset of the name's opening quote.</param>
    /// <param name="end">The byte offset just after the name's closing quote.</param>
    /// <param name="escaped">Whether the name has an escape.</param>
    /// <param name="decoded">The name as the reader decoded it, or null when the scanner read it.</param>
    public void SetPropertyName(int start, int end, bool escaped, string? decoded = null)
    {
        _pendingNameStart = start;
        _pendingNameEnd = end;
        _pendingNameEscaped = escaped;
        if (_decoded is not null)
        {
            Grow();
            _decoded[2 * _count] = decoded;
        }
    }

    /// <summary>Adds a value whose end is set by <see cref="Close"/>, after its children are added.</summary>
    /// <returns>The value's index.</returns>
    public int Open(JsonValueKind kind, int start, bool escaped = false, string? decoded = null)
    {
        Grow();
        var index = _count++;
        _entries[index] = new Entry
        {
            Kind = kind,
            Escaped = escaped,
            NameEscaped = _pendingNameEscaped,
            Start = start,
            NameStart = _pendingNameStart,
            NameEnd = _pendingNameEnd,
        };
        if (_decoded is not null)
        {
            _decoded[(2 * index) + 1] = decoded;
        }

        _pendingNameStart = _pendingNameEnd = -1;
        _pendingNameEscaped = false;
        return index;
    }

    /// <summary>Ends a value: its end offset and the number of its properties or items.</summary>
    public void Close(int index, int end, int children)
    {
        ref var entry = ref _entries[index];
        entry.End = end;
        entry.Count = children;
        entry.Next = _count;
    }

    /// <summary>Adds a value without children.</summary>
    public void AddScalar(JsonValueKind kind, int start, int end, bool escaped = false, string? decoded = null) =>
        Close(Open(kind, start, escaped, decoded), end, 0);

    internal JsonValueKind KindOf(int index) => _entries[index].Kind;

    internal int StartOf(int index) => _entries[index].Start;

    internal int EndOf(int index) => _entries[index].End;

    internal int CountOf(int index) => _entries[index].Count;

    internal int NextOf(int index) => _entries[index].Next;

    internal int NameStartOf(int index) => _entries[index].NameStart;

    private void Grow()
    {
        if (_count < _entries.Length)
        {
            return;
        }

        Array.Resize(ref _entries, _entries.Length * 2);
        if (_decoded is not null)
        {
            Array.Resize(ref _decoded, _entries.Length * 2);
        }
    }

    private struct Entry
    {
        public JsonValueKind Kind;
        public bool Escaped;
        public bool NameEscaped;
        public int Start;
        public int End;
        public int NameStart;
        public int NameEnd;
        public int Count;
        public int Next;
    }
}
