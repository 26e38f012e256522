namespace SpineTriage.Cli.Tests;

/// <summary>Paths in the repository (found by walking up to SpineTriage.sln) and scratch directories.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    public static string RulesDirectory => Path.Combine(Root, "rules");

    public static string Seed(string name) => Path.Combine(Root, "seeds", name + ".json");

    public static string NewScratchDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "spinetriage-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static string WriteScratchFile(string name, string content)
    {
        var path = Path.Combine(NewScratchDirectory(), name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpineTriage.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SpineTriage.sln not found above " + AppContext.BaseDirectory);
    }
}
