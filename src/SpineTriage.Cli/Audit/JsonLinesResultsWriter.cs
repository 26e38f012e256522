using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Writes results as JSON Lines, one object per cohort line:
/// <c>{"line":1,"id":"c1","status":"ok","assessments":{"fusion":{"verdict":"…","missing":[…]},…},"redFlags":[…]}</c>, or
/// <c>{"line":7,"id":null,"status":"error","error":"…"}</c>.
/// </summary>
internal sealed class JsonLinesResultsWriter(TextWriter writer, IReadOnlyList<string> assessments) : IAuditResultsWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json = new(new ArrayBufferWriter<byte>());

    public void Write(CaseOutcome outcome)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteNumber("line", outcome.Line);
        _json.WriteString("id", outcome.Id);
        _json.WriteString("status", outcome.Report is null ? "error" : "ok");
        if (outcome.Report is { } report)
        {
            _json.WriteStartObject("assessments");
            foreach (var assessment in assessments)
            {
                if (report.Find(assessment) is not { } result)
                {
                    continue;
                }

                _json.WriteStartObject(assessment);
                _json.WriteString("verdict", result.Verdict);
                WriteArray("missing", result.DecidingInputs);
                _json.WriteEndObject();
            }

            _json.WriteEndObject();
            WriteArray("redFlags", report.RedFlags.Select(f => f.RuleName));
        }
        else
        {
            _json.WriteString("error", outcome.Error);
        }

        _json.WriteEndObject();
        _json.Flush();
        writer.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        writer.Write('\n');
    }

    public void Flush() => writer.Flush();

    public void Dispose()
    {
        _json.Dispose();
        writer.Dispose();
    }

    private void WriteArray(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }
}
