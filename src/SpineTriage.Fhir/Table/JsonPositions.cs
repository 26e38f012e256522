using System.Text;
using System.Text.Json;

namespace SpineTriage.Fhir.Table;

/// <summary>The 1-based line and column of every JSON value, by JSON path (<c>$.fields[3].unit</c>), so table problems are located.</summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    private JsonPositions()
    {
    }

    public static JsonPositions Build(byte[] utf8)
    {
        var result = new JsonPositions();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new Stack<(string Path, int NextIndex, bool IsArray)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.Pop();
                    continue;
                }

                string here;
                if (path.Count == 0)
                {
                    here = "$";
                }
                else if (path.Peek().IsArray)
                {
                    var parent = path.Pop();
                    here = $"{parent.Path}[{parent.NextIndex}]";
                    path.Push(parent with { NextIndex = parent.NextIndex + 1 });
                }
                else
                {
                    here = $"{path.Peek().Path}.{property}";
                }

                var offset = (int)reader.TokenStartIndex;
                var line = lineStarts.BinarySearch(offset) is var found && found >= 0 ? found : ~found - 1;
                var column = Encoding.UTF8.GetCharCount(utf8, lineStarts[line], offset - lineStarts[line]) + 1;
                result.positions.TryAdd(here, (line + 1, column));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Push((here, 0, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the parser; positions found so far are still useful.
        }

        return result;
    }

    /// <summary>The position of the value at the path, or of its nearest ancestor that has one.</summary>
    public (int Line, int Column) Of(string jsonPath)
    {
        for (var path = jsonPath; path.Length > 0; path = Parent(path))
        {
            if (positions.TryGetValue(path, out var position))
            {
                return position;
            }
        }

        return (1, 1);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
