using SpineTriage.Rules;

namespace SpineTriage.Cli.Validate;

/// <summary>The rule files named on the command line: a directory's <c>*.json</c> (not <c>*.schema.json</c>) or the files given.</summary>
internal sealed class RuleFileSelection
{
    private RuleFileSelection(string? directory, IReadOnlyList<string> files, IReadOnlyList<Diagnostic> problems)
    {
        Directory = directory;
        Files = files;
        Problems = problems;
    }

    /// <summary>Gets the directory when exactly one directory was given (validated in place), else null.</summary>
    public string? Directory { get; }

    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<Diagnostic> Problems { get; }

    public static RuleFileSelection From(IReadOnlyList<string> paths)
    {
        if (paths.Count == 1 && System.IO.Directory.Exists(paths[0]))
        {
            var files = RuleFilesIn(paths[0]);
            return new RuleFileSelection(paths[0], files, files.Count == 0 ? [NoRuleFiles(paths[0])] : []);
        }

        var selected = new List<string>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (System.IO.Directory.Exists(path))
            {
                selected.AddRange(RuleFilesIn(path));
            }
            else if (File.Exists(path))
            {
                selected.Add(path);
            }
            else
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileNotFound, "The rule file or directory does not exist; check the path.") { File = path });
            }
        }

        foreach (var clash in selected.GroupBy(Path.GetFileName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileUnreadable,
                $"Two rule files are named '{clash.Key}' ({string.Join(", ", clash)}); a pack names its files uniquely, so validate them separately.") { File = clash.Last() });
        }

        return new RuleFileSelection(null, selected, problems);
    }

    private static List<string> RuleFilesIn(string directory) =>
        System.IO.Directory.GetFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Diagnostic NoRuleFiles(string directory) =>
        new(DiagnosticSeverity.Error, CliProblemCodes.NoRuleFiles, "The directory holds no rule files (*.json directly in it); pass the directory that holds them.") { File = directory };
}
