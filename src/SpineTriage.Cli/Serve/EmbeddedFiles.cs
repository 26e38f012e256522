using System.Reflection;

namespace SpineTriage.Cli.Serve;

/// <summary>The page's files and the seed cases, embedded in the tool (see the tool's project file).</summary>
internal static class EmbeddedFiles
{
    private const string SeedPrefix = "spinetriage.seeds.";

    private static readonly Assembly Tool = typeof(EmbeddedFiles).Assembly;

    /// <summary>Gets the seed cases' names (the file names without <c>.json</c>), sorted.</summary>
    public static IReadOnlySet<string> SeedNames { get; } = new SortedSet<string>(
        Tool.GetManifestResourceNames().Where(n => n.StartsWith(SeedPrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[SeedPrefix.Length..^".json".Length]),
        StringComparer.Ordinal);

    /// <summary>The text of an embedded file, or null when there is none of that name.</summary>
    public static string? Read(string resourceName)
    {
        using var stream = Tool.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
