using SpineTriage.Fhir;
using SpineTriage.Rules;

namespace SpineTriage.Cli;

/// <summary>
/// Every diagnostic code the command line can print, each with its meaning and fix: those of the packages it uses
/// (<see cref="FhirDiagnosticCatalog.All"/>), then its own (<c>SPX</c>). <c>docs/diagnostics.md</c> is written from it.
/// </summary>
internal static class CliDiagnosticCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. FhirDiagnosticCatalog.All,
        new(CliProblemCodes.FileNotFound, DiagnosticSeverity.Error, "A file named on the command line does not exist.", "Check the path."),
        new(CliProblemCodes.FileUnreadable, DiagnosticSeverity.Error, "A file named on the command line could not be read.", "Check its permissions, or that it is not a directory."),
        new(CliProblemCodes.DirectoryNotFound, DiagnosticSeverity.Error, "The rules directory (--rules) does not exist.", "Check the path, or leave --rules out to use the shipped rules."),
        new(CliProblemCodes.NoRuleFiles, DiagnosticSeverity.Error, "The rules directory holds no rule files (*.json).", "Point --rules at a directory of workflow files."),
        new(CliProblemCodes.NoTestFiles, DiagnosticSeverity.Error, "The rules directory holds no rule test files (tests/*.tests.json) for spinetriage test.", "Add a test file (format in rules/README.md)."),
        new(CliProblemCodes.TriageConfiguration, DiagnosticSeverity.Error, "The triage engine could not be built from the rules and options given (the problems are listed with it).", "Fix the rules or options as the listed problems say."),
        new(CliProblemCodes.MalformedCohortLine, DiagnosticSeverity.Error, "A line of an audit cohort is not a JSON case envelope; the row is an error and the audit goes on.", "Correct the line named by its number."),
        new(CliProblemCodes.ResultsUnwritable, DiagnosticSeverity.Error, "The audit results file could not be written.", "Check the directory and its permissions."),
        new(CliProblemCodes.ResultsAreCohort, DiagnosticSeverity.Error, "The audit results file is the cohort itself; writing it would destroy the input.", "Name a different --out file."),
        new(CliProblemCodes.InputTooLarge, DiagnosticSeverity.Error, "A request to spinetriage serve is larger than the server accepts.", "Send one patient's case or bundle per request."),
    ];
}
