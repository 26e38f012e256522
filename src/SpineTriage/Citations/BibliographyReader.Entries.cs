using System.Text;
using System.Text.Json;
using SpineTriage.Reports;

namespace SpineTriage.Citations;

/// <summary>The bibliography's entries: each one's fields, identifiers and citation text, and one key per entry.</summary>
internal sealed partial class BibliographyReader
{
    private List<BibliographyEntry> ReadEntries(ref Utf8JsonReader reader, string path)
    {
        var entries = new List<BibliographyEntry>();
        var value = JsonField.At(ref reader);
        if (value.Kind != JsonValueKind.Array)
        {
            Error(value, path, $"references must be an array of entries, not {value.KindName}.");
            reader.Skip();
            return entries;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var item = JsonField.At(ref reader);
            if (ReadEntry(ref reader, item, $"{path}[{i}]") is not { } entry)
            {
                continue;
            }

            if (entries.Find(e => e.Citation.Key == entry.Citation.Key) is { } first)
            {
                Error(item, $"{path}[{i}].key", $"The reference key '{entry.Citation.Key}' is already used by {first.Location.JsonPath}; give each source one entry and one key.");
                continue;
            }

            entries.Add(entry);
        }

        return entries;
    }

    private BibliographyEntry? ReadEntry(ref Utf8JsonReader reader, JsonField entry, string path)
    {
        if (!IsObject(ref reader, entry, path, "an object with key, title, authors, year, an identifier and supports"))
        {
            return null;
        }

        var fields = new JsonField?[EntryFields.Length];
        var seen = 0;
        while (NextField(ref reader, path, EntryFields, ref seen) is var field && field != FieldsEnd)
        {
            fields[field] = JsonField.Read(ref reader);
        }

        var key = RequiredText(fields[0], entry, path, "key", "the key rules cite, such as evicore-cmm609-2025");
        var title = RequiredText(fields[2], entry, path, "title", "the source's title");
        var authors = RequiredText(fields[3], entry, path, "authors", "its authors or organisation");
        var year = Year(fields[4], entry, path);
        var supports = RequiredText(fields[9], entry, path, "supports", "what the source supports in this pack");
        var journal = OptionalText(fields[5], path, "journal");
        var url = OptionalText(fields[6], path, "url");
        var pmid = OptionalText(fields[7], path, "pmid");
        var doi = OptionalText(fields[8], path, "doi");
        var label = OptionalText(fields[1], path, "label");
        if (key is not null && !IsKey(key))
        {
            Error(fields[0]!.Value, path + ".key", $"The reference key '{key}' must be lower-case letters, digits and hyphens (such as acr-lbp-2021), so rules can cite it exactly.");
            key = null;
        }

        CheckIdentifiers(entry, path, (url, fields[6]), (pmid, fields[7]), (doi, fields[8]));
        if (key is null || title is null || authors is null || year is null || supports is null)
        {
            return null;
        }

        var citation = new Citation(key, label ?? $"{authors} ({year})", CitationText(authors, title, journal, year, url, pmid, doi), UrlOf(url, pmid, doi));
        var (line, column) = _lines.At(entry.Start);
        return new BibliographyEntry(citation, supports, new EntryLocation(_file, line, column, path));
    }

    private void CheckIdentifiers(JsonField entry, string path, (string? Text, JsonField? At) url, (string? Text, JsonField? At) pmid, (string? Text, JsonField? At) doi)
    {
        if (url.Text is null && pmid.Text is null && doi.Text is null)
        {
            Error(entry, path, "The entry has no identifier; give a url, a pmid or a doi so a reader can find the source.");
        }

        if (url.Text is { } address && !(Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            Error(url.At!.Value, path + ".url", $"'{address}' is not an absolute http or https address; cite where the source can be read, not a file path.");
        }

        if (pmid.Text is { } digits && !(digits.Length is > 0 and <= 9 && digits.All(char.IsAsciiDigit)))
        {
            Error(pmid.At!.Value, path + ".pmid", $"'{digits}' is not a PubMed identifier; write its digits only, such as 39829428.");
        }

        if (doi.Text is { } name && !name.StartsWith("10.", StringComparison.Ordinal))
        {
            Error(doi.At!.Value, path + ".doi", $"'{name}' is not a DOI; write it as 10.prefix/suffix, without https://doi.org/.");
        }
    }

    private string? Year(JsonField? value, JsonField entry, string path)
    {
        if (value is { Kind: JsonValueKind.Number, Text: var number } && int.TryParse(number, out var year) && year is >= 1800 and <= 2200)
        {
            return number;
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
}
