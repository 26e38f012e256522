using System.Text;
using System.Text.Json;
using SpineTriage.Rules;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Citations;

/// <summary>
/// Reads a small JSON file (comments and trailing commas allowed, as in rule files) with <see cref="Utf8JsonReader"/>
/// into <see cref="OffsetJsonValue"/>s, reporting malformed JSON and nesting too deep as the engine reports them in a
/// rule file (<see cref="DiagnosticCodes.MalformedJson"/>, <see cref="DiagnosticCodes.JsonTooDeep"/>), located with
/// <see cref="LineMap"/>.
/// </summary>
internal static class OffsetJsonParser
{
    private static readonly JsonReaderOptions BaseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The root value, or null with one diagnostic (malformed JSON or nesting too deep; reading cannot go on after either).</summary>
    public static OffsetJsonValue? Parse(byte[] utf8, LineMap lines, string file, int maxDepth, out Diagnostic? error)
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

            var root = ReadValue(ref reader, maxDepth);
            if (reader.Read())
            {
                error = At(lines, file, reader.TokenStartIndex, DiagnosticCodes.MalformedJson, "Unexpected content after the end of the JSON value; a file holds one workflow object or one array.");
                return null;
            }

            return root;
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
            var message = $"The file is not valid JSON: {Describe(exception)} Fix the JSON syntax at this position.";
            error = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MalformedJson, message) { File = file, Line = line, Column = column, JsonPath = "$" };
            return null;
        }
    }

    private static OffsetJsonValue ReadValue(ref Utf8JsonReader reader, int maxDepth)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                CheckDepth(ref reader, maxDepth);
                var value = new OffsetJsonValue(JsonValueKind.Object, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameStart = (int)reader.TokenStartIndex;
                    var name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    value.Properties.Add(new OffsetJsonProperty(name, nameStart, ReadValue(ref reader, maxDepth)));
                }

                return value;
            case JsonTokenType.StartArray:
                CheckDepth(ref reader, maxDepth);
                var array = new OffsetJsonValue(JsonValueKind.Array, start);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, maxDepth));
                }

                return array;
            case JsonTokenType.String:
                return new OffsetJsonValue(JsonValueKind.String, start) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new OffsetJsonValue(JsonValueKind.Number, start) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new OffsetJsonValue(JsonValueKind.True, start);
            case JsonTokenType.False:
                return new OffsetJsonValue(JsonValueKind.False, start);
            default:
                return new OffsetJsonValue(JsonValueKind.Null, start);
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

    // STJ messages end with "LineNumber: 3 | BytePositionInLine: 7." in bytes; the diagnostic gives line and column instead.
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        message = (cut >= 0 ? message[..cut] : message).Trim();
        return message.EndsWith('.') ? message : message + ".";
    }

    private sealed class TooDeepException(long offset) : Exception
    {
        public long Offset { get; } = offset;
    }
}
