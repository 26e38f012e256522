namespace SpineTriage.Rules.Tests;

/// <summary>The repository's root, found by walking up from the test assembly to SpineTriage.sln.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "SpineTriage.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
