using System.CommandLine;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Test;

/// <summary><c>spinetriage test [DIR] [--min-coverage N]</c>: run the rule test files of a rules directory against its rules.</summary>
internal static class TestCommand
{
    public const string DefaultDirectory = "rules";

    public static Command Create(OutputWriter output)
    {
        var directory = PathArguments.CreateOptional("DIR", $"The rules directory; its tests are DIR/tests/*.tests.json. Default: ./{DefaultDirectory}.");
        var minCoverage = new Option<double?>("--min-coverage")
        {
            Description = "Fail (exit 1) when fewer than N percent of the rules are Met by some test.",
            HelpName = "N",
        };
        minCoverage.Validators.Add(result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (token is not null && double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && !(value is >= 0 and <= 100))
            {
                result.AddError($"--min-coverage must be a percentage from 0 to 100, but is {token}.");
            }
        });
        var command = new Command("test", "Run the rule test cases (DIR/tests/*.tests.json) with the rules in DIR: pass or fail per case with what differed, and which rules the tests made Met, NotMet and Unknown. Exit 0 all passed, 1 a failure or too little coverage, 2 usage.")
        {
            directory,
            minCoverage,
        };
        command.SetAction(parseResult => new RuleTestSession(output).Run(
            parseResult.GetValue(directory) is { Length: > 0 } given ? given : DefaultDirectory,
            parseResult.GetValue(minCoverage)));
        return command;
    }
}
