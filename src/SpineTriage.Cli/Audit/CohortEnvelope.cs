using System.Globalization;
using System.Text;
using System.Text.Json;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// A cohort line is either a bare case or an envelope <c>{"id": "…", "case": {…}}</c> that names the case. An object
/// with a <c>case</c> member is an envelope; anything else is read as a bare case (so the case reader reports its
/// problems). The id may be a string or a number.
/// </summary>
internal sealed record CohortEnvelope(string CaseJson, string? Id, int CaseColumnOffset, string? Problem)
{
    /// <summary>Gets the JSON path of the case in the line: <c>$</c> for a bare case, <c>$.case</c> in an envelope.</summary>
    public string CasePath { get; private init; } = "$";

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static CohortEnvelope Open(string line)
    {
        var bare = new CohortEnvelope(line, null, 0, null);
        if (!line.Contains("\"case\"", StringComparison.Ordinal))
        {
            return bare;
        }

        var utf8 = Encoding.UTF8.GetBytes(line);
        try
        {
            return Read(utf8) ?? bare;
        }
        catch (JsonException exception)
        {
            // Looks like an envelope but is not valid JSON: report the syntax error, not the envelope's names as unknown case fields.
            // System.Text.Json counts bytes from 0; the row gives the 1-based character column.
            var column = new LineMap(utf8).AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0).Column;
            var message = LineMap.MessageWithoutPosition(exception);
            return bare with { Problem = string.Create(CultureInfo.InvariantCulture, $"$ (column {column}): The line is malformed JSON: {message} Fix the syntax at this position; each line holds one complete JSON object.") };
        }
    }

    private static CohortEnvelope? Read(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null;
        (int Start, int End)? body = null;
        var others = new List<string>();
        var repeated = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!TryText(ref reader, out var name))
            {
                return InvalidText(reader);
            }

            reader.Read();
            var start = (int)reader.TokenStartIndex;
            if (!seen.Add(name) && name is "case" or "id")
            {
                repeated.Add(name);
            }

            switch (name)
            {
                case "case":
                    reader.Skip();
                    body = (start, (int)reader.BytesConsumed);
                    break;
                case "id" when reader.TokenType is JsonTokenType.String:
                    if (!TryText(ref reader, out id))
                    {
                        return InvalidText(reader);
                    }

                    break;
                case "id" when reader.TokenType is JsonTokenType.Number:
                    id = Encoding.UTF8.GetString(reader.ValueSpan);
                    break;
                default:
                    others.Add(name);
                    reader.Skip();
                    break;
            }
        }

        if (body is not { } span)
        {
            return null;
        }

        // Anything after the envelope (a second JSON value, stray text) throws here as malformed JSON: nothing is ignored.
        var end = (int)reader.BytesConsumed;
        if (reader.Read())
        {
            return new CohortEnvelope("", id, 0, string.Create(CultureInfo.InvariantCulture, $"$ (column {end + 1}): The line holds more after the envelope; one line holds one JSON object.")) { CasePath = "$.case" };
        }

        var caseJson = Encoding.UTF8.GetString(utf8, span.Start, span.End - span.Start);
        var offset = Encoding.UTF8.GetCharCount(utf8, 0, span.Start);
        var problem = repeated.Count > 0
            ? $"The envelope names {string.Join(" and ", repeated.Distinct().Select(r => $"\"{r}\""))} more than once; a line holds one id and one case."
            : others.Count == 0
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"An envelope line holds only \"id\" (a string or number) and \"case\"; remove {string.Join(", ", others.Select(o => $"'{o}'"))}.");
        return new CohortEnvelope(caseJson, id, offset, problem) { CasePath = "$.case" };
    }

    /// <summary>A string's text, or false when its escapes make no valid text (a lone <c>\ud800</c> surrogate), which <see cref="Utf8JsonReader.GetString"/> reports by throwing.</summary>
    private static bool TryText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static CohortEnvelope InvalidText(Utf8JsonReader reader) =>
        new("", null, 0, string.Create(CultureInfo.InvariantCulture, $"$ (column {reader.TokenStartIndex + 1}): The envelope holds a string whose escapes are not valid text (such as a lone \\ud800 surrogate); remove or correct it.")) { CasePath = "$.case" };
}
