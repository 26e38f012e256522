using System.Text;

namespace SpineTriage.Cli.Audit;

/// <summary>Chooses the results format from the <c>--out</c> file name: <c>.csv</c>, or JSON Lines for <c>.json</c>, <c>.jsonl</c> and <c>.ndjson</c>.</summary>
internal static class AuditResultsFile
{
    public static readonly string[] Extensions = [".csv", ".json", ".jsonl", ".ndjson"];

    public static string? Problem(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            ? null
            : $"'--out {path}': the results file must end in .csv (CSV) or .json, .jsonl or .ndjson (JSON Lines, one object per case).";

    public static IAuditResultsWriter Open(string path, IReadOnlyList<string> assessments)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        return string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase)
            ? new CsvResultsWriter(text, assessments)
            : new JsonLinesResultsWriter(text, assessments);
    }
}
