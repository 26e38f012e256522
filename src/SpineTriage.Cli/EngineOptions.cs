using System.CommandLine;
using SpineTriage.Cli.Evaluate;

namespace SpineTriage.Cli;

/// <summary>The <c>--rules</c> and <c>--threshold</c> options shared by every command that evaluates cases.</summary>
internal static class EngineOptions
{
    public static Option<string?> Rules() => new("--rules", "-r")
    {
        Description = "A directory of rule files to use instead of the embedded default pack.",
        HelpName = "DIR",
    };

    public static Option<string[]> Thresholds()
    {
        var thresholds = new Option<string[]>("--threshold", "-t")
        {
            Description = "Override a threshold (a GlobalParams name of the pack), e.g. --threshold nicotineFreeWeeksMin=8. Repeatable.",
            HelpName = "name=value",
        };
        thresholds.Validators.Add(result =>
        {
            foreach (var problem in result.Tokens.Select(token => ThresholdArgument.Problem(token.Value)).OfType<string>())
            {
                result.AddError(problem);
            }
        });
        return thresholds;
    }
}
