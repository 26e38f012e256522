using SpineTriage.Rules;

namespace SpineTriage.Configuration;

/// <summary>Reads the rule files: the pack embedded in this assembly, or every <c>*.json</c> directly in a directory.</summary>
/// <remarks>
/// Sources are named by file name only, in ordinal order, so the rule-set hash is the same on every machine and the
/// embedded pack hashes like a copy of <c>rules/</c>.
/// </remarks>
internal static class RulePackSources
{
    private const string ResourcePrefix = "spinetriage.rules.";

    public static IReadOnlyList<RuleSource> Read(string? rulesDirectory) =>
        rulesDirectory is null ? Embedded() : FromDirectory(rulesDirectory);

    private static List<RuleSource> FromDirectory(string directory) =>
        RuleSource.FilesIn(directory).Select(f => RuleSource.FromFile(f, Path.GetFileName(f), MaxFileBytes)).ToList();

    /// <summary>The size limit rule files are read with: the one the pack is loaded with (see <see cref="Checking.RulePackCheck"/>).</summary>
    private static long MaxFileBytes => new RuleLimits().MaxFileBytes;

    private static List<RuleSource> Embedded()
    {
        var assembly = typeof(RulePackSources).Assembly;
        var sources = new List<RuleSource>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources.Add(new RuleSource(name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return sources;
    }
}
