using System.Text.Json;
using System.Text.Unicode;
using SpineTriage.Cases;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Reads a valid cohort line from its UTF-8 bytes in one pass: a bare case, or an envelope whose case is deserialized where
/// it stands (no second parse of the envelope, no text copy of the case). It takes only lines the located path
/// (<see cref="CohortEnvelope"/>, then <see cref="PatientCaseJson.Read(string, string?)"/>) would take, with the same id and
/// case, and gives up (null) on anything else, so that path, which says what is wrong, runs only for a line with a problem.
/// </summary>
internal static class CohortLineFastPath
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>The case and the envelope's id (null for a bare case), or null when the located path must decide.</summary>
    public static (PatientCase Case, string? Id)? TryRead(byte[] line)
    {
        if (line.Length > PatientCaseJson.MaxCaseBytes + 1024 || !Utf8.IsValid(line))
        {
            return null;
        }

        if (line.AsSpan().IndexOf("\"case\""u8) < 0)
        {
            return PatientCaseJson.TryRead(line, out var bare) ? (bare, null) : null;
        }

        try
        {
            return ReadEnvelope(line);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>An envelope of exactly one unescaped <c>"case"</c> member and at most one unescaped <c>"id"</c> (a string or a number), nothing after it.</summary>
    private static (PatientCase Case, string? Id)? ReadEnvelope(byte[] line)
    {
        var reader = new Utf8JsonReader(line, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        PatientCase? patientCase = null;
        string? id = null;
        var sawId = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            if (reader.ValueSpan.SequenceEqual("case"u8) && patientCase is null)
            {
                reader.Read();
                var start = reader.TokenStartIndex;
                if (!PatientCaseJson.TryRead(ref reader, out patientCase) || reader.BytesConsumed - start > PatientCaseJson.MaxCaseBytes)
                {
                    return null;
                }
            }
            else if (reader.ValueSpan.SequenceEqual("id"u8) && !sawId)
            {
                sawId = true;
                reader.Read();
                id = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                if (id is null)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        return patientCase is not null && reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? (patientCase, id) : null;
    }
}
