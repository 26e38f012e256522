using System.Text;
using System.Text.Json;

namespace SpineTriage.Cli.Validate;

/// <summary>
/// Replaces the string values at given JSON paths (the expressions the engine refused) by <c>true</c> padded with
/// spaces to the same number of characters, so every other line and column stays where it was. The triage checks, which never
/// read expressions, can then run on a rule pack whose expressions still have errors.
/// </summary>
internal static class ExpressionNeutralizer
{
    private const string Neutral = "true";

    /// <returns>The rewritten JSON, or null when a path is not a string value of this JSON (a structural error).</returns>
    public static string? Neutralize(string json, IReadOnlyCollection<string> jsonPaths)
    {
        var byteOrderMark = json.StartsWith('\uFEFF') ? "\uFEFF" : string.Empty;
        var utf8 = Encoding.UTF8.GetBytes(json[byteOrderMark.Length..]);
        var wanted = new HashSet<string>(jsonPaths, StringComparer.OrdinalIgnoreCase);
        var found = new List<(int Start, int Length)>();
        try
        {
            foreach (var (path, start, length) in StringValues(utf8))
            {
                if (wanted.Remove(path))
                {
                    found.Add((start, length));
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        if (wanted.Count > 0)
        {
            return null;
        }

        var text = new StringBuilder(byteOrderMark, json.Length);
        var copied = 0;
        foreach (var (start, length) in found.OrderBy(f => f.Start))
        {
            // Pad to the same number of characters (not bytes), so columns after the value stay put.
            var characters = Encoding.UTF8.GetCharCount(utf8, start, length);
            text.Append(Encoding.UTF8.GetString(utf8, copied, start - copied)).Append(Neutral.PadRight(characters));
            copied = start + length;
        }

        return text.Append(Encoding.UTF8.GetString(utf8, copied, utf8.Length - copied)).ToString();
    }

    /// <summary>Every string value with its JSON path (<c>$[0].Rules[2].Expression</c>) and the byte span of its raw text.</summary>
    private static List<(string Path, int Start, int Length)> StringValues(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new Stack<Container>();
        var values = new List<(string, int, int)>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    continue;
            }

            var path = containers.Count == 0 ? "$"
                : containers.Peek().IsArray ? $"{containers.Peek().Path}[{containers.Peek().NextIndex++}]"
                : $"{containers.Peek().Path}.{property}";
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push(new Container(path, reader.TokenType == JsonTokenType.StartArray));
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                values.Add((path, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length));
            }
        }

        return values;
    }

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
