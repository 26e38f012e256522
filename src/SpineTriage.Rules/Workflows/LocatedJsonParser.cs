using System.Text.Json;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Workflows;

/// <summary>Parses a rule file with <see cref="Utf8JsonReader"/> into a <see cref="LocatedDocument"/> that keeps byte offsets.</summary>
internal static class LocatedJsonParser
{
    private static readonly JsonReaderOptions BaseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The root value, or null with one diagnostic (malformed JSON or nesting too deep; parsing cannot go on after either).</summary>
    public static LocatedValue? Parse(byte[] utf8, LineMap lines, string file, int maxDepth, out Diagnostic? error)
    {
        error = null;
        return StrictJsonScanner.TryScan(utf8, maxDepth) ?? ParseWithReader(utf8, lines, file, maxDepth, out error);
    }

    /// <summary>As <see cref="Parse"/>, always with <see cref="Utf8JsonReader"/> (which describes every problem).</summary>
    internal static LocatedValue? ParseWithReader(byte[] utf8, LineMap lines, string file, int maxDepth, out Diagnostic? error)
    {
        error = null;
        var options = BaseOptions with { MaxDepth = Math.Max(1, maxDepth) + 1 };
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            if (!reader.Read())
            {
                error = At(lines, file, 0, DiagnosticCodes.MalformedJson, "The file is empty; it must hold a workflow object or an array of workflow objects.");
                return null;
            }

            var document = new LocatedDocument(utf8, decodedByReader: true);
            ReadValue(ref reader, maxDepth, document);
            if (reader.Read())
            {
                error = At(lines, file, reader.TokenStartIndex, DiagnosticCodes.MalformedJson, "Unexpected content after the end of the JSON value; a file holds one workflow object or one array.");
                return null;
            }

            return document.Root;
        }
        catch (TooDeepException tooDeep)
        {
            error = At(lines, file, tooDeep.Offset, DiagnosticCodes.JsonTooDeep, $"The JSON is nested deeper than {maxDepth} levels (RuleLimits.MaxJsonDepth); flatten the rules or raise the limit.");
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string escape that is not valid UTF-16, such as a lone surrogate "\ud800".
            error = At(lines, file, reader.TokenStartIndex, DiagnosticCodes.MalformedJson, "The string here contains an escape that is not valid text (such as a lone \\ud800 surrogate); remove or correct it.");
            return null;
        }
        catch (JsonException exception)
        {
            var (line, column) = lines.AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var message = $"The file is not valid JSON: {LineMap.MessageWithoutPosition(exception)} Fix the JSON syntax at this position.";
            error = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MalformedJson, message) { File = file, Line = line, Column = column, JsonPath = "$" };
            return null;
        }
    }

    private static void ReadValue(ref Utf8JsonReader reader, int maxDepth, LocatedDocument document)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                CheckDepth(ref reader, maxDepth);
                var properties = 0;
                var objectIndex = document.Open(JsonValueKind.Object, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameStart = (int)reader.TokenStartIndex;
                    var escaped = reader.ValueIsEscaped;
                    var name = reader.GetString() ?? string.Empty;
                    document.SetPropertyName(nameStart, (int)reader.BytesConsumed, escaped, name);
                    reader.Read();
                    ReadValue(ref reader, maxDepth, document);
                    properties++;
                }

                document.Close(objectIndex, (int)reader.BytesConsumed, properties);
                return;
            case JsonTokenType.StartArray:
                CheckDepth(ref reader, maxDepth);
                var items = 0;
                var arrayIndex = document.Open(JsonValueKind.Array, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ReadValue(ref reader, maxDepth, document);
                    items++;
                }

                document.Close(arrayIndex, (int)reader.BytesConsumed, items);
                return;
            case JsonTokenType.String:
                var stringEscaped = reader.ValueIsEscaped;
                document.AddScalar(JsonValueKind.String, start, (int)reader.BytesConsumed, stringEscaped, reader.GetString());
                return;
            case JsonTokenType.Number:
                document.AddScalar(JsonValueKind.Number, start, (int)reader.BytesConsumed);
                return;
            case JsonTokenType.True:
                document.AddScalar(JsonValueKind.True, start, (int)reader.BytesConsumed);
                return;
            case JsonTokenType.False:
                document.AddScalar(JsonValueKind.False, start, (int)reader.BytesConsumed);
                return;
            default:
                document.AddScalar(JsonValueKind.Null, start, (int)reader.BytesConsumed);
                return;
        }
    }

    private static void CheckDepth(ref Utf8JsonReader reader, int maxDepth)
    {
        if (reader.CurrentDepth >= maxDepth)
        {
            throw new TooDeepException(reader.TokenStartIndex);
        }
    }

    private static Diagnostic At(LineMap lines, string file, long offset, string code, string message)
    {
        var (line, column) = lines.At(offset);
        return new Diagnostic(DiagnosticSeverity.Error, code, message) { File = file, Line = line, Column = column, JsonPath = "$" };
    }

    private sealed class TooDeepException(long offset) : Exception
    {
        public long Offset { get; } = offset;
    }
}
