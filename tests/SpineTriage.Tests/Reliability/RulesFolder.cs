namespace SpineTriage.Tests.Reliability;

/// <summary>A temporary copy of the default rule pack whose fusion file can be rewritten as one of a few versions.</summary>
internal sealed class RulesFolder : IDisposable
{
    public const string FusionFile = "fusion-appropriateness.json";
    private const string Threshold = "\"Name\": \"instabilityTranslationMm\",\n      \"Expression\": \"3\"";
    private static readonly string Original = File.ReadAllText(RepositoryFiles.PathOf("rules", FusionFile)).ReplaceLineEndings("\n");

    public RulesFolder()
    {
        Path = Directory.CreateTempSubdirectory("spinetriage-rules-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("rules"), "*.json"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        Assert.Contains(Threshold, Original, StringComparison.Ordinal);
    }

    /// <summary>The valid versions: the pack as shipped, and the same with the instability threshold at 4 mm instead of 3.</summary>
    public static string[] ValidVersions { get; } = [Original, Original.Replace(Threshold, Threshold.Replace("\"3\"", "\"4\"", StringComparison.Ordinal), StringComparison.Ordinal)];

    /// <summary>Invalid versions: truncated JSON, an unknown member in an expression, an empty file.</summary>
    public static string[] InvalidVersions { get; } =
    [
        Original[..(Original.Length / 2)],
        Original.Replace(Threshold, Threshold.Replace("\"3\"", "\"imaging.NoSuchMember\"", StringComparison.Ordinal), StringComparison.Ordinal),
        "",
    ];

    public string Path { get; }

    public void Write(string fusionJson) => File.WriteAllText(System.IO.Path.Combine(Path, FusionFile), fusionJson);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
