using SpineTriage.Rules;

namespace SpineTriage.Cli.Validate;

/// <summary>
/// The rule files named on the command line (a directory stands for its <c>*.json</c> files, as the library reads
/// it), read as sources named by file name like the library names them, plus every problem finding them.
/// </summary>
internal sealed class RuleFileSelection
{
    private readonly Dictionary<string, string> _pathsByName = new(StringComparer.Ordinal);
    private readonly List<RuleSource> _sources = [];
    private readonly List<Diagnostic> _problems = [];

    public IReadOnlyList<RuleSource> Sources => _sources;

    public IReadOnlyList<Diagnostic> Problems => _problems;

    public static RuleFileSelection From(IReadOnlyList<string> paths)
    {
        var selection = new RuleFileSelection();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = RuleSource.FilesIn(path);
                if (files.Count == 0)
                {
                    selection.Problem(path, CliProblemCodes.NoRuleFiles, "The directory holds no rule files (*.json directly in it); pass the directory that holds them.");
                }

                foreach (var file in files)
                {
                    selection.Add(file);
                }
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                selection.Add(path);
            }
            else
            {
                selection.Problem(path, CliProblemCodes.FileNotFound, "The rule file or directory does not exist; check the path.");
            }
        }

        return selection;
    }

    /// <summary>Names a diagnostic's file by the path the user gave rather than the bare source name.</summary>
    public Diagnostic Locate(Diagnostic diagnostic) =>
        diagnostic.File is { } name && _pathsByName.TryGetValue(name, out var path) ? diagnostic with { File = path } : diagnostic;

    private void Add(string path)
    {
        var name = Path.GetFileName(path);
        if (_pathsByName.TryGetValue(name, out var other))
        {
            Problem(path, CliProblemCodes.FileUnreadable, $"Another rule file given is also named '{name}' ({other}); a pack names its files uniquely, so validate them separately.");
            return;
        }

        // A file that is not regular, too large or unreadable becomes a source that loads as a located error.
        _sources.Add(RuleSource.FromFile(path, name, new RuleLimits().MaxFileBytes));
        _pathsByName[name] = path;
    }

    private void Problem(string path, string code, string message) =>
        _problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, message) { File = path });
}
