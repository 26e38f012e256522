using System.CommandLine;
using SpineTriage.Cli.Output;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Validate;

/// <summary>
/// <c>spinetriage validate [DIR|FILE...]</c>: check rule files through the same path the triage engine loads them with,
/// plus the rule-author warnings, and list every problem as <c>file:line:column: error|warning CODE: message</c>.
/// </summary>
internal static class ValidateCommand
{
    public const string DefaultDirectory = "rules";

    public static Command Create(OutputWriter output)
    {
        var paths = PathArguments.Create(
            "DIR|FILE",
            $"A rules directory (its *.json files) or rule files, validated together as one pack. Default: ./{DefaultDirectory}.",
            ArgumentArity.ZeroOrMore);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 when there are warnings, as for errors (for CI)." };
        var portable = new Option<bool>("--portable") { Description = "Also warn (SPR805) where a rule uses a form Microsoft RulesEngine 6.0.1 cannot run, for a pack that must run on both." };
        var command = new Command("validate", "Check rule files as the triage engine loads them, with warnings for rule authors; prints file:line:column: error|warning CODE: message. Exit 0 clean (warnings allowed), 1 errors, 2 usage.")
        {
            paths,
            warningsAsErrors,
            portable,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) is { Length: > 0 } given ? given : [DefaultDirectory],
            parseResult.GetValue(warningsAsErrors),
            parseResult.GetValue(portable),
            output));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, bool warningsAsErrors, bool portable, OutputWriter output)
    {
        var selection = RuleFileSelection.From(paths);
        IReadOnlyList<Diagnostic> diagnostics = selection.Problems.Count > 0
            ? selection.Problems
            : TriageEngine.CheckRules(selection.Sources, portable).Select(selection.Locate).ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(SafeText.Visible(diagnostic.ToString()), diagnostic.Severity == DiagnosticSeverity.Error ? Tone.Critical : Tone.Caution);
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var summary = $"{Plural(errors, "error")}, {Plural(warnings, "warning")} in {Plural(selection.Sources.Count, "rule file")}.";
        output.WriteLine(summary, errors > 0 ? Tone.Critical : warnings > 0 ? Tone.Caution : Tone.Positive);
        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
