using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization.Metadata;
using SpineTriage.Rules;

namespace SpineTriage.Cases.Json;

/// <summary>
/// Walks case JSON token by token against the model's shape and lists every structural problem (unknown or
/// duplicate property, wrong type, unknown enum name, fraction where a whole number belongs) with its JSON path
/// and position, instead of stopping at the first as the serializer does. Also records where each value starts,
/// so range problems found later can point at the line too.
/// </summary>
internal sealed partial class CaseJsonChecker
{
    private readonly byte[] _utf8;
    private readonly string? _file;
    private readonly LineMap _lines;
    private readonly DiagnosticList _problems = new(CaseProblemCodes.MoreProblems);
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private CaseJsonChecker(byte[] utf8, string? file)
    {
        _utf8 = utf8;
        _file = file;
        _lines = new LineMap(utf8);
    }

    /// <summary>Gets a value indicating whether any structural problem was found.</summary>
    public bool HasProblems => _problems.Count > 0;

    /// <summary>Gets the structural problems found: at most <see cref="DiagnosticList.MaxKept"/>, then one that counts the rest.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems.ToList();

    /// <summary>Checks <paramref name="utf8"/> and returns the checker holding problems and value positions.</summary>
    public static CaseJsonChecker Check(byte[] utf8, string? file)
    {
        var checker = new CaseJsonChecker(utf8, file);
        checker.Run();
        return checker;
    }

    /// <summary>Adds the position of <paramref name="problem"/>'s JSON path (or its nearest recorded parent) and the file.</summary>
    public Diagnostic Locate(Diagnostic problem)
    {
        var path = problem.JsonPath;
        while (!string.IsNullOrEmpty(path))
        {
            if (_positions.TryGetValue(path, out var position))
            {
                return problem with { File = _file, Line = position.Line, Column = position.Column };
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut > 0 ? path[..cut] : null;
        }

        return problem with { File = _file };
    }

    private void Run()
    {
        var reader = new Utf8JsonReader(_utf8, CaseJsonLimits.ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                AddAt(CaseProblemCodes.MalformedJson, "$", "The case JSON is empty; write one object with the sections patient, symptoms, imaging, care and surgery.", 0);
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                AddAt(CaseProblemCodes.WrongType, "$", $"The case must be a JSON object, not {Describe(reader.TokenType)}; wrap the sections in {{ }}.", reader.TokenStartIndex);
                return;
            }

            CheckValue(ref reader, typeof(PatientCase), "$", allowNull: false);
            while (reader.Read())
            {
                // Reaching here means content after the root object; the reader throws on it.
            }
        }
        catch (InvalidOperationException)
        {
            // A string escape that is not valid UTF-16, such as a lone surrogate "\ud800".
            AddAt(CaseProblemCodes.MalformedJson, "$", "The string here contains an escape that is not valid text (such as a lone \\ud800 surrogate); remove or correct it.", reader.TokenStartIndex);
        }
        catch (JsonException exception)
        {
            var (line, column) = _lines.AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            _problems.Add(new Diagnostic(DiagnosticSeverity.Error, CaseProblemCodes.MalformedJson, MalformedMessage(exception))
            {
                File = _file,
                Line = line,
                Column = column,
                JsonPath = "$",
            });
        }
    }

    private static string MalformedMessage(JsonException exception)
    {
        var text = exception.Message;
        var cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        text = QuotedSnippet().Replace((cut > 0 ? text[..cut] : text).Trim(), Shorten);
        return $"The case JSON is malformed: {text} Fix the syntax at this position (comments and trailing commas are allowed; nesting is limited to {CaseJsonLimits.MaxDepth} levels).";
    }

    /// <summary>The reader quotes the rest of the input after an invalid literal (many lines of it); keep its first line, briefly.</summary>
    private static string Shorten(Match quoted)
    {
        const int maxChars = 24;
        var snippet = quoted.Groups[1].Value;
        var firstLine = snippet.Split('\n', 2)[0].TrimEnd('\r');
        return firstLine.Length <= maxChars && firstLine.Length == snippet.Length ? quoted.Value : $"'{firstLine[..Math.Min(maxChars, firstLine.Length)]}…'";
    }

    [GeneratedRegex("'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSnippet();

    private void AddAt(string code, string path, string message, long offset)
    {
        var (line, column) = _lines.At(offset);
        _problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, message) { File = _file, Line = line, Column = column, JsonPath = path });
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static JsonTypeInfo TypeInfo(Type type) =>
        CaseJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"No JSON metadata for {type}.");
}
