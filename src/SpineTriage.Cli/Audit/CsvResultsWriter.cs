using System.Globalization;
using System.Text;
using SpineTriage.Rules;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Writes results as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
/// doubled), with text that a spreadsheet would run as a formula (a cell starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return, as a case id taken from the cohort file may) prefixed with <c>'</c> so it stays
/// text (OWASP's advice against CSV injection). Columns: <c>line, id, status, &lt;assessment&gt;_verdict, &lt;assessment&gt;_missing …, red_flags, error</c>;
/// list cells are joined with <c>;</c>.
/// </summary>
internal sealed class CsvResultsWriter : IAuditResultsWriter
{
    private readonly TextWriter _writer;
    private readonly IReadOnlyList<string> _assessments;
    private readonly string[] _cells;

    public CsvResultsWriter(TextWriter writer, IReadOnlyList<string> assessments)
    {
        _writer = writer;
        _assessments = assessments;
        _cells = new string[5 + (2 * assessments.Count)];
        var header = new List<string> { "line", "id", "status" };
        foreach (var assessment in assessments)
        {
            header.Add(assessment + "_verdict");
            header.Add(assessment + "_missing");
        }

        header.Add("red_flags");
        header.Add("error");
        WriteRow(header);
    }

    public void Write(CaseOutcome outcome)
    {
        Array.Fill(_cells, string.Empty);
        _cells[0] = outcome.Line.ToString(CultureInfo.InvariantCulture);
        _cells[1] = outcome.Id ?? string.Empty;
        _cells[2] = outcome.Report is null ? "error" : "ok";
        if (outcome.Report is { } report)
        {
            for (var i = 0; i < _assessments.Count; i++)
            {
                var result = report.Find(_assessments[i]);
                _cells[3 + (2 * i)] = result?.Verdict ?? string.Empty;
                _cells[4 + (2 * i)] = result is null ? string.Empty : string.Join(';', result.DecidingInputs);
            }

            _cells[^2] = string.Join(';', report.RedFlags.Select(f => f.RuleName));
        }

        _cells[^1] = outcome.Error ?? string.Empty;
        WriteRow(_cells);
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    /// <summary>
    /// One field as RFC 4180 wants it: control, direction and invisible characters (ESC, NUL, U+202E in an id) shown as
    /// escapes (tabs and line breaks stay, quoted), then neutralized if a spreadsheet would read it as a formula.
    /// </summary>
    public static string Quote(string field)
    {
        field = EscapeUnsafe(field);
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string EscapeUnsafe(string field)
    {
        if (!field.Any(c => SafeText.IsUnsafe(c) && c is not ('\t' or '\r' or '\n')))
        {
            return field;
        }

        var escaped = new StringBuilder(field.Length + 16);
        foreach (var c in field)
        {
            escaped.Append(SafeText.IsUnsafe(c) && c is not ('\t' or '\r' or '\n') ? SafeText.Visible(c.ToString()) : c.ToString());
        }

        return escaped.ToString();
    }

    private void WriteRow(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            _writer.Write(Quote(cells[i]));
        }

        _writer.Write("\r\n");
    }
}
