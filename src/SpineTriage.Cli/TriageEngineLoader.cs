using SpineTriage.Cli.Output;
using SpineTriage.Rules;

namespace SpineTriage.Cli;

/// <summary>
/// Creates the triage engine from a rules directory (or the embedded pack) and threshold overrides, turning every
/// load or options problem into located lines on standard error instead of an exception.
/// </summary>
internal static class TriageEngineLoader
{
    public static ITriageEngine? TryCreate(string? rulesDirectory, IReadOnlyDictionary<string, double> thresholds, OutputWriter output)
    {
        if (rulesDirectory is not null && !Directory.Exists(rulesDirectory))
        {
            ProblemWriter.Write([MissingDirectory(rulesDirectory)], output);
            return null;
        }

        var options = new TriageOptions { RulesDirectory = rulesDirectory };
        foreach (var (name, value) in thresholds)
        {
            options.Thresholds[name] = value;
        }

        try
        {
            return TriageEngine.Create(options);
        }
        catch (RuleLoadException exception)
        {
            var errors = exception.Problems.Count(d => d.Severity == DiagnosticSeverity.Error);
            ProblemWriter.Write(exception.Problems.Select(d => LocateInDirectory(d, rulesDirectory)), output);
            output.WriteError($"spinetriage: the rules have {errors} error(s); nothing was evaluated. Run 'spinetriage validate {rulesDirectory ?? "<rules dir>"}' for details.");
            return null;
        }
        catch (TriageConfigurationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                output.WriteError($"spinetriage: error {problem.Code}: {problem.Message}");
            }

            return null;
        }
    }

    public static Diagnostic MissingDirectory(string directory) =>
        new(DiagnosticSeverity.Error, CliProblemCodes.DirectoryNotFound, "The rules directory does not exist; pass a directory holding the rule files (*.json).")
        {
            File = directory,
        };

    /// <summary>The library names rule sources by file name; show the path the user can open.</summary>
    public static Diagnostic LocateInDirectory(Diagnostic diagnostic, string? directory) =>
        directory is not null && diagnostic.File is { } file && !Path.IsPathRooted(file) && Path.GetFileName(file) == file
            ? diagnostic with { File = Path.Combine(directory, file) }
            : diagnostic;
}
