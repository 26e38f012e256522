using System.Text.Json.Nodes;
using SpineTriage.Cli.Audit;

namespace SpineTriage.Cli.Tests.Audit;

/// <summary>Cohort files for audit tests: seeds on one line each, and generated cohorts.</summary>
internal static class Cohorts
{
    /// <summary>A seed case as one JSON line.</summary>
    public static string SeedLine(string name) => JsonNode.Parse(File.ReadAllText(RepositoryFiles.Seed(name)))!.ToJsonString();

    public static string Write(params string[] lines) => RepositoryFiles.WriteScratchFile("cohort.jsonl", string.Join("\n", lines) + "\n");

    public static string Generate(long count, long malformedEvery, bool withIds = true, int seed = 7)
    {
        var path = Path.Combine(RepositoryFiles.NewScratchDirectory(), "generated.jsonl");
        using (var writer = CohortFileWriter.Create(path))
        {
            CohortFileWriter.Write(writer, count, seed, malformedEvery, withIds);
        }

        return path;
    }

    public static string ResultsPath(string extension) => Path.Combine(RepositoryFiles.NewScratchDirectory(), "results" + extension);

    /// <summary>The CSV data rows (header removed), split on CRLF; the tests' rows hold no quoted line breaks.</summary>
    public static string[] CsvRows(string path) =>
        File.ReadAllText(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
}
