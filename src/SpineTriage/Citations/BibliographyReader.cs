using System.Text;
using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Cases.Json;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Citations;

/// <summary>
/// Reads a pack's <c>references.json</c> (rules/README.md "Bibliography"): the evidence scale and the entries, every
/// problem a located error (file, line, column, JSON path) so a bad bibliography never loads.
/// </summary>
internal sealed class BibliographyReader
{
    private static readonly string[] RootFields = ["$schema", "$comment", "evidenceScale", "references"];
    private static readonly string[] ScaleFields = ["name", "shortName", "url", "levels"];
    private static readonly string[] LevelFields = ["level", "meaning"];
    private static readonly string[] EntryFields = ["key", "label", "title", "authors", "year", "journal", "url", "pmid", "doi", "supports"];

    private readonly string _file;
    private readonly LineMap _lines;
    private readonly DiagnosticList _problems = new(TriageProblemCodes.MoreProblems);

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
        var reader = new BibliographyReader(source.Name, lines);
        var root = OffsetJsonParser.Parse(utf8, lines, source.Name, limits.MaxJsonDepth, out var error);
        if (root is null)
        {
            problems = [error!];
            return null;
        }

        var bibliography = reader.ReadRoot(root);
        problems = reader._problems.ToList();
        return reader._problems.Count == 0 ? bibliography : null;
    }

    private Bibliography? ReadRoot(OffsetJsonValue root)
    {
        if (root.Kind != JsonValueKind.Object)
        {
            Error(root, "$", $"The bibliography must be an object with evidenceScale and references, not {root.KindName}.");
            return null;
        }

        CheckFields(root, "$", RootFields);
        var scaleValue = Field(root, "evidenceScale");
        var referencesValue = Field(root, "references");
        if (scaleValue is null || referencesValue is null)
        {
            Error(root, "$", "The bibliography needs evidenceScale (the published scale of evidence levels) and references (the entries rules cite by key).");
            return null;
        }

        var scale = ReadScale(scaleValue, "$.evidenceScale");
        var entries = ReadEntries(referencesValue, "$.references");
        return scale is null ? null : new Bibliography(scale, entries);
    }

    private EvidenceScale? ReadScale(OffsetJsonValue value, string path)
    {
        if (!IsObject(value, path, "an object with name, url and levels"))
        {
            return null;
        }

        CheckFields(value, path, ScaleFields);
        var name = RequiredText(value, path, "name", "the scale's published name");
        var shortName = OptionalText(value, path, "shortName");
        var url = OptionalText(value, path, "url");
        var levels = new List<(string, string)>();
        if (Field(value, "levels") is not { Kind: JsonValueKind.Array } levelList || levelList.Items.Count == 0)
        {
            Error(Field(value, "levels") ?? value, path + ".levels", "evidenceScale.levels must list the scale's levels, each as { \"level\": \"1a\", \"meaning\": \"…\" }.");
            return null;
        }

        var levelItems = levelList.Items;
        for (var i = 0; i < levelItems.Count; i++)
        {
            var levelPath = $"{path}.levels[{i}]";
            var item = levelItems[i];
            if (!IsObject(item, levelPath, "an object with level and meaning"))
            {
                continue;
            }

            CheckFields(item, levelPath, LevelFields);
            var level = RequiredText(item, levelPath, "level", "the level as the scale writes it, such as 1a or 5");
            var meaning = RequiredText(item, levelPath, "meaning", "what the level means");
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

        return name is null ? null : new EvidenceScale(name, shortName ?? name, url, levels);
    }

    private List<BibliographyEntry> ReadEntries(OffsetJsonValue value, string path)
    {
        var entries = new List<BibliographyEntry>();
        if (value.Kind != JsonValueKind.Array)
        {
            Error(value, path, $"references must be an array of entries, not {value.KindName}.");
            return entries;
        }

        var items = value.Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (ReadEntry(items[i], $"{path}[{i}]") is not { } entry)
            {
                continue;
            }

            if (entries.Find(e => e.Citation.Key == entry.Citation.Key) is { } first)
            {
                Error(items[i], $"{path}[{i}].key", $"The reference key '{entry.Citation.Key}' is already used by {first.Location.JsonPath}; give each source one entry and one key.");
                continue;
            }

            entries.Add(entry);
        }

        return entries;
    }

    private BibliographyEntry? ReadEntry(OffsetJsonValue value, string path)
    {
        if (!IsObject(value, path, "an object with key, title, authors, year, an identifier and supports"))
        {
            return null;
        }

        CheckFields(value, path, EntryFields);
        var key = RequiredText(value, path, "key", "the key rules cite, such as evicore-cmm609-2025");
        var title = RequiredText(value, path, "title", "the source's title");
        var authors = RequiredText(value, path, "authors", "its authors or organisation");
        var year = Year(value, path);
        var supports = RequiredText(value, path, "supports", "what the source supports in this pack");
        var journal = OptionalText(value, path, "journal");
        var url = OptionalText(value, path, "url");
        var pmid = OptionalText(value, path, "pmid");
        var doi = OptionalText(value, path, "doi");
        var label = OptionalText(value, path, "label");
        if (key is not null && !IsKey(key))
        {
            Error(Field(value, "key")!, path + ".key", $"The reference key '{key}' must be lower-case letters, digits and hyphens (such as acr-lbp-2021), so rules can cite it exactly.");
            key = null;
        }

        CheckIdentifiers(value, path, url, pmid, doi);
        if (key is null || title is null || authors is null || year is null || supports is null)
        {
            return null;
        }

        var citation = new Citation(key, label ?? $"{authors} ({year})", CitationText(authors, title, journal, year, url, pmid, doi), UrlOf(url, pmid, doi));
        var (line, column) = _lines.At(value.Start);
        return new BibliographyEntry(citation, supports, new EntryLocation(_file, line, column, path));
    }

    private void CheckIdentifiers(OffsetJsonValue value, string path, string? url, string? pmid, string? doi)
    {
        if (url is null && pmid is null && doi is null)
        {
            Error(value, path, "The entry has no identifier; give a url, a pmid or a doi so a reader can find the source.");
        }

        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            Error(Field(value, "url")!, path + ".url", $"'{url}' is not an absolute http or https address; cite where the source can be read, not a file path.");
        }

        if (pmid is not null && !(pmid.Length is > 0 and <= 9 && pmid.All(char.IsAsciiDigit)))
        {
            Error(Field(value, "pmid")!, path + ".pmid", $"'{pmid}' is not a PubMed identifier; write its digits only, such as 39829428.");
        }

        if (doi is not null && !doi.StartsWith("10.", StringComparison.Ordinal))
        {
            Error(Field(value, "doi")!, path + ".doi", $"'{doi}' is not a DOI; write it as 10.prefix/suffix, without https://doi.org/.");
        }
    }

    private string? Year(OffsetJsonValue entry, string path)
    {
        var value = Field(entry, "year");
        if (value is { Kind: JsonValueKind.Number } number && int.TryParse(number.Text, out var year) && year is >= 1800 and <= 2200)
        {
            return number.Text;
        }

        if (value is { Kind: JsonValueKind.String, Text: "n.d." })
        {
            return "n.d.";
        }

        Error(value ?? entry, path + ".year", "year must be the year of publication (a number such as 2021), or \"n.d.\" when the source is undated.");
        return null;
    }

    private static bool IsKey(string key) =>
        key.Length is > 0 and <= 64 && key[0] != '-' && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Authors. Title. Journal; year. Identifier.</summary>
    private static string CitationText(string authors, string title, string? journal, string year, string? url, string? pmid, string? doi)
    {
        var text = new StringBuilder();
        text.Append(Sentence(authors)).Append(' ').Append(Sentence(title)).Append(' ');
        text.Append(journal is null ? Sentence(year) : Sentence($"{journal}; {year}"));
        var identifier = doi is not null ? $"doi:{doi}" : pmid is not null ? $"PMID {pmid}" : url;
        return text.Append(' ').Append(identifier).ToString();
    }

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith(']') ? text : text + ".";

    private static string? UrlOf(string? url, string? pmid, string? doi) =>
        url ?? (doi is not null ? $"https://doi.org/{doi}" : pmid is not null ? $"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" : null);

    private bool IsObject(OffsetJsonValue value, string path, string expected)
    {
        if (value.Kind == JsonValueKind.Object)
        {
            return true;
        }

        Error(value, path, $"The value at {path} must be {expected}, not {value.KindName}.");
        return false;
    }

    private void CheckFields(OffsetJsonValue value, string path, string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.Properties)
        {
            var (line, column) = _lines.At(property.NameStart);
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Add(line, column, $"{path}.{property.Name}", TriageProblemCodes.BadBibliography,
                    $"Unknown field '{property.Name}' in {path}.{NameSuggestions.Hint(property.Name, known)} Known fields: {string.Join(", ", known)}.");
            }
            else if (!seen.Add(property.Name))
            {
                Add(line, column, $"{path}.{property.Name}", TriageProblemCodes.BadBibliography, $"The field '{property.Name}' appears more than once in {path}; keep one.");
            }
        }
    }

    private string? RequiredText(OffsetJsonValue value, string path, string name, string what)
    {
        if (Field(value, name) is { Kind: JsonValueKind.String, Text: { Length: > 0 } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Error(Field(value, name) ?? value, $"{path}.{name}", $"{path}.{name} must be a non-empty string: {what}.");
        return null;
    }

    private string? OptionalText(OffsetJsonValue value, string path, string name)
    {
        var field = Field(value, name);
        if (field is null)
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

    private static OffsetJsonValue? Field(OffsetJsonValue value, string name)
    {
        foreach (var property in value.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property.Value;
            }
        }

        return null;
    }

    private void Error(OffsetJsonValue at, string path, string message)
    {
        var (line, column) = _lines.At(at.Start);
        Add(line, column, path, TriageProblemCodes.BadBibliography, message);
    }

    private void Add(int line, int column, string path, string code, string message) =>
        _problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, message) { File = _file, Line = line, Column = column, JsonPath = path });
}
