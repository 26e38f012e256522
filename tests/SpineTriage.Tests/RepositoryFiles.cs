namespace SpineTriage.Tests;

/// <summary>Finds files of the repository (rules/, seeds/) from the test output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The data files (<c>*.json</c>) directly in a repository folder, in ordinal order, without the JSON Schemas (<c>*.schema.json</c>).</summary>
    public static string[] JsonFiles(string folder) =>
        Directory.GetFiles(PathOf(folder), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The default pack's workflow files: <c>rules/*.json</c> without the bibliography (<c>references.json</c>), which the triage layer reads and no workflow engine does.</summary>
    public static string[] WorkflowFiles() =>
        JsonFiles("rules").Where(f => Path.GetFileName(f) != "references.json").ToArray();

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
