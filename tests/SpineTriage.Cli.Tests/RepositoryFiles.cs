namespace SpineTriage.Cli.Tests;

/// <summary>Paths in the repository (found by walking up to SpineTriage.sln) and scratch directories.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = FindRoot();

    private static readonly string ScratchRoot = CreateScratchRoot();

    public static string RulesDirectory => Path.Combine(Root, "rules");

    public static string Seed(string name) => Path.Combine(Root, "seeds", name + ".json");

    public static string NewScratchDirectory()
    {
        var directory = Path.Combine(ScratchRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static string WriteScratchFile(string name, string content)
    {
        var path = Path.Combine(NewScratchDirectory(), name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>One scratch folder per test process; folders left by earlier, finished runs are removed (the test host may end without exit handlers).</summary>
    private static string CreateScratchRoot()
    {
        const string prefix = "spinetriage-cli-tests-";
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(stale)[prefix.Length..], out var processId) && !IsRunning(processId))
            {
                Directory.Delete(stale, recursive: true);
            }
        }

        return Path.Combine(Path.GetTempPath(), prefix + Environment.ProcessId);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
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
