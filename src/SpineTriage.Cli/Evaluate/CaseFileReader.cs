using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Evaluate;

/// <summary>Reads one case file strictly; every problem comes back located (file, line, column, JSON path).</summary>
internal static class CaseFileReader
{
    public static (PatientCase? Case, IReadOnlyList<Diagnostic> Problems) Read(string path)
    {
        if (!File.Exists(path))
        {
            var message = Directory.Exists(path)
                ? "This is a directory; pass the case files in it (for example 'dir/*.json')."
                : "The case file does not exist; check the path.";
            return (null, [new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileNotFound, message) { File = path }]);
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var problem = new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileUnreadable, $"The case file cannot be read: {exception.Message}") { File = path };
            return (null, [problem]);
        }

        var result = PatientCaseJson.Read(json, path);
        return (result.Case, result.Problems);
    }
}
