using System.Text;
using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Cases.Json;
using SpineTriage.Rules;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Citations;

/// <summary>
/// The JSON side of <see cref="BibliographyReader"/>: the syntax pass (comments and trailing commas allowed, as in rule
/// files; malformed JSON and nesting too deep reported as the engine reports them in a rule file,
/// <see cref="DiagnosticCodes.MalformedJson"/> and <see cref="DiagnosticCodes.JsonTooDeep"/>), and walking an object's
/// fields, each problem located with the engine's <see cref="LineMap"/>.
/// </summary>
internal sealed partial class BibliographyReader
{
    /// <summary>What <see cref="NextField"/> returns at the end of an object.</summary>
    private const int FieldsEnd = -1;

    private static readonly JsonReaderOptions BaseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a nested value; the problems found in it, returned, are added after the enclosing object's own.</summary>
    private delegate T NestedRead<T>(ref Utf8JsonReader reader, string path);

    /// <summary>The reader options for a limit of <paramref name="maxDepth"/> levels: one more, so that the syntax pass, not the reader, reports nesting too deep.</summary>
    private static JsonReaderOptions ReaderOptions(int maxDepth) => BaseOptions with { MaxDepth = Math.Max(1, maxDepth) + 1 };

    /// <summary>The one error that stops reading (empty file, malformed JSON, nesting too deep, content after the value), or null when the text is one JSON value.</summary>
    private static Diagnostic? CheckSyntax(byte[] utf8, LineMap lines, string file, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions(maxDepth));
        try
        {
            if (!reader.Read())
            {
                return At(lines, file, 0, DiagnosticCodes.MalformedJson, "The file is empty; it must hold the bibliography object, with evidenceScale and references.");
            }

            do
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    return At(lines, file, reader.TokenStartIndex, DiagnosticCodes.JsonTooDeep, $"The JSON is nested deeper than {maxDepth} levels (RuleLimits.MaxJsonDepth); a bibliography nests a few levels, so check the brackets or raise the limit.");
                }

                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
                {
                    _ = reader.GetString();
                }
            }
            while ((reader.CurrentDepth > 0 || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) && reader.Read());

            return reader.Read()
                ? At(lines, file, reader.TokenStartIndex, DiagnosticCodes.MalformedJson, "Unexpected content after the end of the JSON value; the file holds one bibliography object.")
                : null;
        }
        catch (InvalidOperationException)
        {
            // A string escape that is not valid UTF-16, such as a lone surrogate "\ud800".
            return At(lines, file, reader.TokenStartIndex, DiagnosticCodes.MalformedJson, "The string here contains an escape that is not valid text (such as a lone \\ud800 surrogate); remove or correct it.");
        }
        catch (JsonException exception)
        {
            var (line, column) = lines.AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var message = $"The file is not valid JSON: {LineMap.MessageWithoutPosition(exception)} Fix the JSON syntax at this position.";
            return new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MalformedJson, message) { File = file, Line = line, Column = column, JsonPath = "$" };
        }
    }

    private static Diagnostic At(LineMap lines, string file, long offset, string code, string message)
    {
        var (line, column) = lines.At(offset);
        return new Diagnostic(DiagnosticSeverity.Error, code, message) { File = file, Line = line, Column = column, JsonPath = "$" };
    }

    /// <summary>
    /// Moves to the value of the object's next field that is one of <paramref name="known"/> and not seen before, and
    /// returns its index there; an unknown or repeated name is reported where it is written and its value skipped.
    /// Returns <see cref="FieldsEnd"/> at the end of the object.
    /// </summary>
    private int NextField(ref Utf8JsonReader reader, string path, string[] known, ref int seen)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var (line, column) = _lines.At(reader.TokenStartIndex);
            var index = Array.IndexOf(known, name);
            reader.Read();
            if (index < 0)
            {
                Add(line, column, $"{path}.{name}", TriageProblemCodes.BadBibliography,
                    $"Unknown field '{name}' in {path}.{NameSuggestions.Hint(name, known)} Known fields: {string.Join(", ", known)}.");
            }
            else if ((seen & (1 << index)) != 0)
            {
                Add(line, column, $"{path}.{name}", TriageProblemCodes.BadBibliography, $"The field '{name}' appears more than once in {path}; keep one.");
            }
            else
            {
                seen |= 1 << index;
                return index;
            }

            reader.Skip();
        }

        return FieldsEnd;
    }

    /// <summary>Whether the value the reader is at is an object; if not, reports it and skips it.</summary>
    private bool IsObject(ref Utf8JsonReader reader, JsonField value, string path, string expected)
    {
        if (value.Kind == JsonValueKind.Object)
        {
            return true;
        }

        Error(value, path, $"The value at {path} must be {expected}, not {value.KindName}.");
        reader.Skip();
        return false;
    }

    private List<Diagnostic> Nested<T>(ref Utf8JsonReader reader, string path, NestedRead<T> read, out T value)
    {
        var outer = _problems;
        _problems = [];
        try
        {
            value = read(ref reader, path);
            return _problems;
        }
        finally
        {
            _problems = outer;
        }
    }

    /// <summary>A JSON value as the reader met it: its kind, the byte offset of its first token, its text (a string decoded, a number's raw text; null otherwise), and whether an array is empty.</summary>
    private readonly record struct JsonField(JsonValueKind Kind, int Start, string? Text = null, bool IsEmpty = false)
    {
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

        /// <summary>The value the reader is at, which stays there.</summary>
        public static JsonField At(ref Utf8JsonReader reader)
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return new JsonField(JsonValueKind.Object, start);
                case JsonTokenType.StartArray:
                    var next = reader;
                    next.Read();
                    return new JsonField(JsonValueKind.Array, start, IsEmpty: next.TokenType == JsonTokenType.EndArray);
                case JsonTokenType.String:
                    return new JsonField(JsonValueKind.String, start, reader.GetString());
                case JsonTokenType.Number:
                    return new JsonField(JsonValueKind.Number, start, Encoding.UTF8.GetString(reader.ValueSpan));
                case JsonTokenType.True:
                    return new JsonField(JsonValueKind.True, start);
                case JsonTokenType.False:
                    return new JsonField(JsonValueKind.False, start);
                default:
                    return new JsonField(JsonValueKind.Null, start);
            }
        }

        /// <summary>The value the reader is at, which moves to its last token.</summary>
        public static JsonField Read(ref Utf8JsonReader reader)
        {
            var value = At(ref reader);
            reader.Skip();
            return value;
        }
    }
}
