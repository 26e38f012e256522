using System.Text;
using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Rules;

namespace SpineTriage.Citations;

/// <summary>
/// Reads a pack's <c>references.json</c> (rules/README.md "Bibliography"): the evidence scale and the entries, every
/// problem a located error (file, line, column, JSON path) so a bad bibliography never loads. The text is read twice
/// with <see cref="Utf8JsonReader"/>: its syntax first (<see cref="CheckSyntax"/>: a malformed file is one error and
/// nothing else), then its content, each object's fields as they come, checked in a fixed order once the object ends.
/// </summary>
internal sealed partial class BibliographyReader
{
    private static readonly string[] RootFields = ["$schema", "$comment", "evidenceScale", "references"];
    private static readonly string[] ScaleFields = ["name", "shortName", "url", "levels"];
    private static readonly string[] LevelFields = ["level", "meaning"];
    private static readonly string[] EntryFields = ["key", "label", "title", "authors", "year", "journal", "url", "pmid", "doi", "supports"];

    private readonly string _file;
    private readonly LineMap _lines;

    /// <summary>Where problems go: the file's list, or a nested value's, added after its parent's own problems.</summary>
    private List<Diagnostic> _problems = [];

    private BibliographyReader(string file, LineMap lines)
    {
        _file = file;
        _lines = lines;
    }

    /// <summary>The bibliography, or null with the problems found.</summary>
    public static Bibliography? Read(RuleSource source, RuleLimits limits, out IReadOnlyList<Diagnostic> problems)
    {
        if (source.UnreadBytes is { } size || Encoding.UTF8.GetByteCount(source.Json) is var bytes && bytes > limits.MaxFileBytes)
        {
            problems = [new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.BadBibliography,
                $"The bibliography is larger than RuleLimits.MaxFileBytes ({limits.MaxFileBytes:N0} bytes); it was not read.") { File = source.Name, JsonPath = "$" }];
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(source.Json);
        var lines = new LineMap(utf8);
        if (CheckSyntax(utf8, lines, source.Name, limits.MaxJsonDepth) is { } error)
        {
            problems = [error];
            return null;
        }

        var reader = new BibliographyReader(source.Name, lines);
        var json = new Utf8JsonReader(utf8, ReaderOptions(limits.MaxJsonDepth));
        json.Read();
        var bibliography = reader.ReadRoot(ref json);
        var list = new DiagnosticList(TriageProblemCodes.MoreProblems);
        list.AddRange(reader._problems);
        problems = list.ToList();
        return list.Count == 0 ? bibliography : null;
    }

    private Bibliography? ReadRoot(ref Utf8JsonReader reader)
    {
        var root = JsonField.At(ref reader);
        if (root.Kind != JsonValueKind.Object)
        {
            Error(root, "$", $"The bibliography must be an object with evidenceScale and references, not {root.KindName}.");
            return null;
        }

        JsonField? scaleValue = null, referencesValue = null;
        EvidenceScale? scale = null;
        List<BibliographyEntry> entries = [];
        List<Diagnostic> scaleProblems = [], entriesProblems = [];
        var seen = 0;
        while (NextField(ref reader, "$", RootFields, ref seen) is var field && field != FieldsEnd)
        {
            if (field == 2)
            {
                scaleValue = JsonField.At(ref reader);
                scaleProblems = Nested(ref reader, "$.evidenceScale", ReadScale, out scale);
            }
            else if (field == 3)
            {
                referencesValue = JsonField.At(ref reader);
                entriesProblems = Nested(ref reader, "$.references", ReadEntries, out entries);
            }
            else
            {
                reader.Skip();
            }
        }

        if (scaleValue is null || referencesValue is null)
        {
            Error(root, "$", "The bibliography needs evidenceScale (the published scale of evidence levels) and references (the entries rules cite by key).");
            return null;
        }

        _problems.AddRange(scaleProblems);
        _problems.AddRange(entriesProblems);
        return scale is null ? null : new Bibliography(scale, entries);
    }

    private EvidenceScale? ReadScale(ref Utf8JsonReader reader, string path)
    {
        var scale = JsonField.At(ref reader);
        if (!IsObject(ref reader, scale, path, "an object with name, url and levels"))
        {
            return null;
        }

        JsonField? name = null, shortName = null, url = null, levelList = null;
        List<(string, string)> levels = [];
        List<Diagnostic> levelProblems = [];
        var seen = 0;
        while (NextField(ref reader, path, ScaleFields, ref seen) is var field && field != FieldsEnd)
        {
            if (field == 3 && JsonField.At(ref reader) is { Kind: JsonValueKind.Array } list)
            {
                levelList = list;
                levelProblems = Nested(ref reader, path + ".levels", ReadLevels, out levels);
            }
            else
            {
                var value = JsonField.Read(ref reader);
                _ = field switch { 0 => name = value, 1 => shortName = value, 2 => url = value, _ => levelList = value };
            }
        }

        var nameText = RequiredText(name, scale, path, "name", "the scale's published name");
        var shortNameText = OptionalText(shortName, path, "shortName");
        var urlText = OptionalText(url, path, "url");
        if (levelList is not { Kind: JsonValueKind.Array, IsEmpty: false })
        {
            Error(levelList ?? scale, path + ".levels", "evidenceScale.levels must list the scale's levels, each as { \"level\": \"1a\", \"meaning\": \"…\" }.");
            return null;
        }

        _problems.AddRange(levelProblems);
        return nameText is null ? null : new EvidenceScale(nameText, shortNameText ?? nameText, urlText, levels);
    }

    private List<(string, string)> ReadLevels(ref Utf8JsonReader reader, string path)
    {
        List<(string, string)> levels = [];
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var levelPath = $"{path}[{i}]";
            var item = JsonField.At(ref reader);
            if (!IsObject(ref reader, item, levelPath, "an object with level and meaning"))
            {
                continue;
            }

            JsonField? levelValue = null, meaningValue = null;
            var seen = 0;
            while (NextField(ref reader, levelPath, LevelFields, ref seen) is var field && field != FieldsEnd)
            {
                var value = JsonField.Read(ref reader);
                _ = field == 0 ? levelValue = value : meaningValue = value;
            }

            var level = RequiredText(levelValue, item, levelPath, "level", "the level as the scale writes it, such as 1a or 5");
            var meaning = RequiredText(meaningValue, item, levelPath, "meaning", "what the level means");
            if (level is null || meaning is null)
            {
                continue;
            }

            if (levels.Exists(l => l.Item1 == level))
            {
                Error(item, levelPath + ".level", $"The evidence level '{level}' is listed more than once; list each level once.");
            }

            levels.Add((level, meaning));
        }

        return levels;
    }

    private string? RequiredText(JsonField? value, JsonField owner, string path, string name, string what)
    {
        if (value is { Kind: JsonValueKind.String, Text: { Length: > 0 } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Error(value ?? owner, $"{path}.{name}", $"{path}.{name} must be a non-empty string: {what}.");
        return null;
    }

    private string? OptionalText(JsonField? value, string path, string name)
    {
        if (value is not { } field)
        {
            return null;
        }

        if (field is { Kind: JsonValueKind.String, Text: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Error(field, $"{path}.{name}", $"{path}.{name} must be a non-empty string when present.");
        return null;
    }

    private void Error(JsonField at, string path, string message)
    {
        var (line, column) = _lines.At(at.Start);
        Add(line, column, path, TriageProblemCodes.BadBibliography, message);
    }

    private void Add(int line, int column, string path, string code, string message) =>
        _problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, message) { File = _file, Line = line, Column = column, JsonPath = path });
}
