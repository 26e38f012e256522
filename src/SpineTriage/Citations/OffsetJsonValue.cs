using System.Text.Json;

namespace SpineTriage.Citations;

/// <summary>A JSON value of a small file with the byte offset where it starts, so a problem found in it can name its line and column.</summary>
internal sealed class OffsetJsonValue(JsonValueKind kind, int start)
{
    /// <summary>Gets the kind of value.</summary>
    public JsonValueKind Kind { get; } = kind;

    /// <summary>Gets the byte offset of the value's first token.</summary>
    public int Start { get; } = start;

    /// <summary>Gets the decoded string, or the raw text of a number; null for other values.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the properties of an object, in order (duplicates kept); empty for other values.</summary>
    public List<OffsetJsonProperty> Properties { get; } = [];

    /// <summary>Gets the items of an array, in order; empty for other values.</summary>
    public List<OffsetJsonValue> Items { get; } = [];

    /// <summary>Gets a word for the kind, for messages such as "not a number".</summary>
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

/// <summary>A property of a JSON object: its decoded name, the byte offset of the name's opening quote, and its value.</summary>
internal readonly record struct OffsetJsonProperty(string Name, int NameStart, OffsetJsonValue Value);
