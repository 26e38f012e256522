using SpineTriage.Cases;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Evaluate;

/// <summary>Reads one case file strictly; every problem comes back located (file, line, column, JSON path).</summary>
internal static class CaseFileReader
{
    public static (PatientCase? Case, IReadOnlyList<Diagnostic> Problems) Read(string path)
    {
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            var message = Directory.Exists(path)
                ? "This is a directory; pass the case files in it (for example 'dir/*.json')."
                : "The case file does not exist; check the path.";
            return (null, [new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileNotFound, message) { File = path }]);
        }

        var result = PatientCaseJson.ReadFile(path);
        return (result.Case, result.Problems);
    }
}
