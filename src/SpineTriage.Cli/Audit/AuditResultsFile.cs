using System.Text;

namespace SpineTriage.Cli.Audit;

/// <summary>Chooses the results format from the <c>--out</c> file name: <c>.csv</c>, or JSON Lines for <c>.json</c>, <c>.jsonl</c> and <c>.ndjson</c>; writes the rows in order.</summary>
internal sealed class AuditResultsFile : IDisposable
{
    public static readonly string[] Extensions = [".csv", ".json", ".jsonl", ".ndjson"];

    private readonly TextWriter _writer;

    private AuditResultsFile(TextWriter writer, IAuditResultsWriter format)
    {
        _writer = writer;
        Format = format;
        _writer.Write(format.Header);
    }

    /// <summary>Gets the row format, used by the workers.</summary>
    public IAuditResultsWriter Format { get; }

    public static string? Problem(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            ? null
            : $"'--out {path}': the results file must end in .csv (CSV) or .json, .jsonl or .ndjson (JSON Lines, one object per case).";

    public static AuditResultsFile Open(string path, IReadOnlyList<string> assessments)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        IAuditResultsWriter format = string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase)
            ? new CsvResultsWriter(assessments)
            : new JsonLinesResultsWriter(assessments);
        return new AuditResultsFile(text, format);
    }

    /// <summary>Writes one row a worker formatted.</summary>
    public void Write(string row) => _writer.Write(row);

    /// <summary>Pushes every row written so far to the file, so an interrupted audit keeps them.</summary>
    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}
