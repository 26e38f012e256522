using System.CommandLine;
using SpineTriage.Cli.Evaluate;
using SpineTriage.Cli.Output;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Rulebook;

/// <summary><c>spinetriage rulebook [DIR] [--out FILE.md] [--threshold name=value]...</c>: write the rulebook for clinical reviewers.</summary>
internal static class RulebookCommand
{
    public const string DefaultDirectory = "rules";

    public static Command Create(OutputWriter output)
    {
        var directory = PathArguments.CreateOptional("DIR", $"The rules directory. Default: ./{DefaultDirectory}.");
        var outFile = new Option<string?>("--out", "-o") { Description = "The Markdown file to write. Default: standard output.", HelpName = "FILE.md" };
        var thresholds = new Option<string[]>("--threshold", "-t")
        {
            Description = "Show the rules with a threshold overridden (a GlobalParams name of the pack), e.g. --threshold nicotineFreeWeeksMin=8. Repeatable.",
            HelpName = "name=value",
        };
        thresholds.Validators.Add(result =>
        {
            foreach (var problem in result.Tokens.Select(token => ThresholdArgument.Problem(token.Value)).OfType<string>())
            {
                result.AddError(problem);
            }
        });
        var command = new Command("rulebook", "Write the rulebook for the clinicians who review the rules: per assessment a Mermaid flowchart of verdict precedence, each rule in plain language with its source and evidence, red flags, warnings and thresholds.")
        {
            directory,
            outFile,
            thresholds,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(directory) is { Length: > 0 } given ? given : DefaultDirectory,
            parseResult.GetValue(outFile),
            ThresholdArgument.ToDictionary(parseResult.GetValue(thresholds) ?? []),
            output));
        return command;
    }

    public static int Run(string directory, string? outFile, IReadOnlyDictionary<string, double> thresholds, OutputWriter output)
    {
        if (TriageEngineLoader.TryCreate(directory, thresholds, output) is not TriageEngine engine)
        {
            return ExitCodes.BadInput;
        }

        var markdown = RulebookRenderer.Render(engine);
        if (outFile is null)
        {
            output.Write(markdown);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(outFile, markdown);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ProblemWriter.Write([new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileUnreadable, $"The rulebook cannot be written: {exception.Message}") { File = outFile }], output);
            return ExitCodes.BadInput;
        }

        output.WriteError($"spinetriage: wrote the rulebook to {outFile}.");
        return ExitCodes.Success;
    }
}
