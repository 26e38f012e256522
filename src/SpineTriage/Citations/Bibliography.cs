using SpineTriage.Reports;

namespace SpineTriage.Citations;

/// <summary>A rule pack's bibliography (<c>references.json</c>): the evidence scale and one citation per key, each with where it was written.</summary>
internal sealed class Bibliography
{
    /// <summary>The file name a rule pack's bibliography has; it is read here, never as a workflow.</summary>
    public const string FileName = "references.json";

    public Bibliography(EvidenceScale scale, IReadOnlyList<BibliographyEntry> entries)
    {
        Scale = scale;
        Entries = entries;
        ByKey = entries.ToDictionary(e => e.Citation.Key, StringComparer.Ordinal);
    }

    public EvidenceScale Scale { get; }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<BibliographyEntry> Entries { get; }

    public IReadOnlyDictionary<string, BibliographyEntry> ByKey { get; }

    /// <summary>Whether <paramref name="name"/> is the bibliography's file name (compared without regard to case).</summary>
    public static bool IsBibliography(string name) => string.Equals(Path.GetFileName(name), FileName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One bibliography entry: its citation, what it supports, and its place in the file (for diagnostics).</summary>
/// <param name="Citation">The citation as reports show it.</param>
/// <param name="Supports">What the source supports in the pack, in a sentence or two.</param>
/// <param name="Location">Where the entry is written.</param>
internal sealed record BibliographyEntry(Citation Citation, string Supports, EntryLocation Location);

/// <summary>Where a bibliography entry is written: file, line, column and JSON path.</summary>
internal sealed record EntryLocation(string File, int Line, int Column, string JsonPath);
