namespace SpineTriage.Fhir.Tests;

/// <summary>Finds files of the repository (seeds/, seeds/fhir/) from the test output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The seed cases (<c>seeds/*.json</c> without the JSON Schema), by name without extension, in ordinal order.</summary>
    public static string[] SeedNames() =>
        Directory.GetFiles(PathOf("seeds"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpineTriage.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SpineTriage.sln not found above the test directory.");
    }
}
