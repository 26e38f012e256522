using SpineTriage.Rules;

namespace SpineTriage.Cli.Validate;

/// <summary>
/// Loads the selected rule files through <see cref="TriageEngine.Create"/> (engine and triage checks alike) and
/// returns every diagnostic with the path the user gave. Loose files are validated together from a temporary copy.
/// </summary>
internal static class RulePackCheck
{
    public static IReadOnlyList<Diagnostic> Check(RuleFileSelection selection)
    {
        if (selection.Directory is { } directory)
        {
            return Load(directory).Select(d => TriageEngineLoader.LocateInDirectory(d, directory)).ToList();
        }

        var copy = Path.Combine(Path.GetTempPath(), "spinetriage-validate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        try
        {
            var originals = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in selection.Files)
            {
                var name = Path.GetFileName(file);
                File.Copy(file, Path.Combine(copy, name));
                originals[name] = file;
            }

            return Load(copy).Select(d => d.File is { } name && originals.TryGetValue(Path.GetFileName(name), out var original) ? d with { File = original } : d).ToList();
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static IReadOnlyList<Diagnostic> Load(string directory)
    {
        try
        {
            var engine = TriageEngine.Create(new TriageOptions { RulesDirectory = directory });
            return engine.Warnings;
        }
        catch (RuleLoadException exception)
        {
            return exception.Diagnostics;
        }
    }
}
