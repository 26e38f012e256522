using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>A JSON value with its byte offsets in the file: what <see cref="JsonDocument"/> would give, plus positions.</summary>
internal sealed class LocatedValue
{
    private LocatedValue(JsonValueKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public JsonValueKind Kind { get; }

    /// <summary>Gets the byte offset of the value's first token.</summary>
    public int Start { get; }

    /// <summary>Gets the byte offset just after the value.</summary>
    public int End { get; private set; }

    /// <summary>Gets the decoded string, or the raw text of a number.</summary>
    public string? Text { get; private init; }

    /// <summary>Gets the index in <see cref="Text"/> of the first escaped character, or -1.</summary>
    public int FirstEscapeIndex { get; private init; } = -1;

    public IReadOnlyList<LocatedProperty> Properties { get; private init; } = [];

    public IReadOnlyList<LocatedValue> Items { get; private init; } = [];

    public static LocatedValue Scalar(JsonValueKind kind, int start, int end, string? text = null, int firstEscapeIndex = -1) =>
        new(kind, start) { End = end, Text = text, FirstEscapeIndex = firstEscapeIndex };

    public static LocatedValue Object(int start, int end, IReadOnlyList<LocatedProperty> properties) =>
        new(JsonValueKind.Object, start) { End = end, Properties = properties };

    public static LocatedValue Array(int start, int end, IReadOnlyList<LocatedValue> items) =>
        new(JsonValueKind.Array, start) { End = end, Items = items };

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

/// <summary>A property of a JSON object: its name as written, the byte offset of the name, and its value.</summary>
internal sealed record LocatedProperty(string Name, int NameStart, LocatedValue Value);
