using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Writes results as JSON Lines, one object per cohort line:
/// <c>{"line":1,"id":"c1","status":"ok","assessments":{"fusion":{"verdict":"…","missing":[…]},…},"redFlags":[…]}</c>, or
/// <c>{"line":7,"id":null,"status":"error","error":"…"}</c>.
/// </summary>
internal sealed class JsonLinesResultsWriter(IReadOnlyList<string> assessments) : IAuditResultsWriter
{
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? t_writer;

    public string Header => string.Empty;

    public string FormatRow(CaseOutcome outcome)
    {
        var (buffer, json) = t_writer ??= (new ArrayBufferWriter<byte>(4096), new Utf8JsonWriter(new ArrayBufferWriter<byte>()));
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteNumber("line", outcome.Line);
        json.WriteString("id", outcome.Id);
        json.WriteString("status", outcome.Verdicts is null ? "error" : "ok");
        if (outcome.Verdicts is { } verdicts)
        {
            json.WriteStartObject("assessments");
            foreach (var assessment in assessments)
            {
                if (verdicts.Find(assessment) is not { } result)
                {
                    continue;
                }

                json.WriteStartObject(assessment);
                json.WriteString("verdict", result.Verdict);
                WriteArray(json, "missing", result.DecidingInputs);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            WriteArray(json, "redFlags", verdicts.RedFlags);
        }
        else
        {
            json.WriteString("error", outcome.Error);
        }

        json.WriteEndObject();
        json.Flush();
        return string.Concat(Encoding.UTF8.GetString(buffer.WrittenSpan), "\n");
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
