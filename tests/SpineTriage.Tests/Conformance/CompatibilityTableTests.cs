using System.Text.RegularExpressions;

namespace SpineTriage.Tests.Conformance;

/// <summary>
/// docs/rulesengine-compatibility.md, checked against the corpus: every row of its feature table names corpus files, and
/// each file behaves as the row's status says when run in our engine (two-valued) and in RulesEngine 6.0.1.
/// </summary>
public sealed partial class CompatibilityTableTests
{
    private static readonly IReadOnlyList<Row> Table = ReadTable();

    public static TheoryData<string> CorpusFiles => new(CorpusEntry.Files);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Each_corpus_workflow_behaves_as_its_row_in_the_compatibility_table_says(string file)
    {
        var rows = Table.Where(r => r.Files.Contains(file)).ToList();

        var comparison = CorpusEntry.Read(file).Run(out var details);

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(comparison == Expected(row.Status), $"{file} ({row.Feature}, {row.Status}): {comparison}{Environment.NewLine}{details}"));
    }

    [Fact]
    public void Every_row_names_a_status_and_corpus_files_that_exist()
    {
        Assert.True(Table.Count >= 30, $"Only {Table.Count} rows were read from the table.");
        Assert.All(Table, row =>
        {
            Assert.NotEmpty(row.Files);
            Assert.All(row.Files, file => Assert.True(File.Exists(Path.Combine(CorpusEntry.Directory, file)), $"{row.Feature}: {file} is not in the corpus."));
            Assert.Contains(row.Status, Statuses);
        });
        Assert.Equal(Table.Count, Table.Select(r => r.Feature).Distinct(StringComparer.Ordinal).Count());
    }

    private static readonly string[] Statuses = ["supported", "supported differently", "refused by design", "not yet supported"];

    private static CorpusEntry.Comparison Expected(string status) => status switch
    {
        "supported" => CorpusEntry.Comparison.Agree,
        "supported differently" => CorpusEntry.Comparison.Differs,
        _ => CorpusEntry.Comparison.Refused,
    };

    private sealed record Row(string Feature, string Status, IReadOnlyList<string> Files);

    /// <summary>The rows of the table under "## Features": | feature | status | how or why | corpus files |.</summary>
    private static List<Row> ReadTable()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "rulesengine-compatibility.md"));
        return lines.SkipWhile(line => line != "## Features").Skip(1).SkipWhile(line => !line.StartsWith('|')).Skip(2).TakeWhile(line => line.StartsWith('|'))
            .Select(line => CellSeparator().Split(line).Select(cell => cell.Trim()).ToArray())
            .Select(cells => new Row(cells[1], cells[2], [.. FileName().Matches(cells[4]).Select(m => m.Groups[1].Value + ".json")]))
            .ToList();
    }

    // A | inside a cell is written \| (Markdown).
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"`([a-z0-9-]+)`")]
    private static partial Regex FileName();
}
