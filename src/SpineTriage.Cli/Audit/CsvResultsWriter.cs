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
    [ThreadStatic]
    private static StringBuilder? t_row;

    private readonly IReadOnlyList<string> _assessments;

    public CsvResultsWriter(IReadOnlyList<string> assessments)
    {
        _assessments = assessments;
        var header = new List<string> { "line", "id", "status" };
        foreach (var assessment in assessments)
        {
            header.Add(assessment + "_verdict");
            header.Add(assessment + "_missing");
        }

        header.Add("red_flags");
        header.Add("error");
        Header = Row(header);
    }

    public string Header { get; }

    public string FormatRow(CaseOutcome outcome)
    {
        var cells = new string[5 + (2 * _assessments.Count)];
        Array.Fill(cells, string.Empty);
        cells[0] = outcome.Line.ToString(CultureInfo.InvariantCulture);
        cells[1] = outcome.Id ?? string.Empty;
        cells[2] = outcome.Verdicts is null ? "error" : "ok";
        if (outcome.Verdicts is { } verdicts)
        {
            for (var i = 0; i < _assessments.Count; i++)
            {
                var result = verdicts.Find(_assessments[i]);
                cells[3 + (2 * i)] = result?.Verdict ?? string.Empty;
                cells[4 + (2 * i)] = result is null ? string.Empty : string.Join(';', result.DecidingInputs);
            }

            cells[^2] = string.Join(';', verdicts.RedFlags);
        }

        cells[^1] = outcome.Error ?? string.Empty;
        return Row(cells);
    }

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

    /// <summary>One row, line end included, built in the calling thread's reused buffer.</summary>
    private static string Row(IReadOnlyList<string> cells)
    {
        var row = t_row ??= new StringBuilder(512);
        row.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                row.Append(',');
            }

            row.Append(Quote(cells[i]));
        }

        row.Append("\r\n");
        return row.ToString();
    }
}
