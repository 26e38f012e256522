using System.CommandLine;
using SpineTriage.Cli.Output;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Validate;

/// <summary><c>spinetriage validate [DIR|FILE...]</c>: load rule files exactly as the triage engine does and list every problem.</summary>
internal static class ValidateCommand
{
    public const string DefaultDirectory = "rules";

    public static Command Create(OutputWriter output)
    {
        var paths = PathArguments.Create(
            "DIR|FILE",
            $"A rules directory (its *.json files) or rule files, validated together as one pack. Default: ./{DefaultDirectory}.",
            ArgumentArity.ZeroOrMore);
        var command = new Command("validate", "Check rule files as the triage engine loads them; prints file:line:column: error|warning CODE: message.") { paths };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) is { Length: > 0 } given ? given : [DefaultDirectory], output));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, OutputWriter output)
    {
        var selection = RuleFileSelection.From(paths);
        IReadOnlyList<Diagnostic> diagnostics = selection.Problems.Count > 0
            ? selection.Problems
            : RulePackCheck.Check(selection.Sources).Select(selection.Locate).ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString(), diagnostic.Severity == DiagnosticSeverity.Error ? Tone.Critical : Tone.Caution);
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var summary = $"{Plural(errors, "error")}, {Plural(warnings, "warning")} in {Plural(selection.Sources.Count, "rule file")}.";
        output.WriteLine(summary, errors > 0 ? Tone.Critical : warnings > 0 ? Tone.Caution : Tone.Positive);
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
