using System.Text;
using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage.Testing;

/// <summary>
/// A rule test file (<c>rules/tests/*.tests.json</c>): <c>{"tests": [{"name", "story", "case", "expect": {...}}]}</c>,
/// each case path relative to the test file (rules/README.md, "Rule tests").
/// </summary>
public sealed class RuleTestFile
{
    private RuleTestFile(string path, IReadOnlyList<RuleTest> tests)
    {
        Path = path;
        Tests = tests;
    }

    /// <summary>Gets the test file's full path.</summary>
    public string Path { get; }

    /// <summary>Gets the tests, in file order.</summary>
    public IReadOnlyList<RuleTest> Tests { get; }

    /// <summary>Reads a test file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The tests.</returns>
    /// <exception cref="RuleTestFileException">The file is malformed or a test lacks a required field; every problem is listed.</exception>
    /// <exception cref="RuleTestFileException">The file cannot be read, is not a regular file or is larger than 4 MiB (see <see cref="TextFileReader"/>).</exception>
    public static RuleTestFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = TextFileReader.Read(path, MaxFileBytes);
        return read.Succeeded
            ? Parse(read.Text!, path)
            : throw new RuleTestFileException([new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.UnreadableTestFile, $"The test file cannot be read. {read.Message}") { File = path, Line = read.Line, Column = read.Column, JsonPath = "$" }]);
    }

    /// <summary>The largest test file read: as large as a rule file may be.</summary>
    private static long MaxFileBytes => new RuleLimits().MaxFileBytes;

    /// <summary>Reads test file content.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="path">The file's path: it names the file in problems, and case paths are relative to its directory.</param>
    /// <returns>The tests.</returns>
    /// <exception cref="RuleTestFileException">The JSON is malformed or a test lacks a required field; every problem is listed.</exception>
    public static RuleTestFile Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            // System.Text.Json counts bytes from 0; a diagnostic gives 1-based lines and characters.
            var (line, column) = new LineMap(Encoding.UTF8.GetBytes(json)).AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            throw new RuleTestFileException([new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.MalformedTestFile, $"The test file is not valid JSON: {LineMap.MessageWithoutPosition(exception)} Fix the JSON syntax at this position.")
            {
                File = path,
                Line = line,
                Column = column,
                JsonPath = "$",
            }]);
        }

        using (document)
        {
            var reader = new RuleTestFileReader(path, System.IO.Path.GetDirectoryName(fullPath)!);
            var tests = reader.ReadTests(document.RootElement);
            return reader.Problems.Count == 0 ? new RuleTestFile(fullPath, tests) : throw new RuleTestFileException(reader.Problems.ToList());
        }
    }
}
