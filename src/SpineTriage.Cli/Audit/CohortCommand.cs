using System.CommandLine;
using System.Globalization;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Audit;

/// <summary><c>spinetriage cohort generate N --out FILE.jsonl [--seed S] [--malformed-every K] [--bare]</c>: a random cohort for audit demos and benchmarks.</summary>
internal static class CohortCommand
{
    public static Command Create(OutputWriter output)
    {
        var count = new Argument<long>("N") { Description = "How many lines to write." };
        count.Validators.Add(result =>
        {
            // The token, not GetValueOrDefault: that throws when the token is no number (the parser reports that itself).
            if (result.Tokens is [{ } token] && long.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lines) && lines < 0)
            {
                result.AddError("N must be 0 or more.");
            }
        });
        var file = new Option<string>("--out", "-o") { Description = "The JSON Lines file to write.", HelpName = "FILE.jsonl", Required = true };
        var seed = new Option<int>("--seed", "-s") { Description = "The random seed; the same seed gives the same cohort.", DefaultValueFactory = _ => 1 };
        var malformedEvery = new Option<long>("--malformed-every")
        {
            Description = "Break every K-th line (truncated JSON, not JSON, out of range, unknown field, wrong type, unknown enum name). 0: none.",
            HelpName = "K",
        };
        var bare = new Option<bool>("--bare") { Description = "Write bare cases instead of {\"id\": …, \"case\": {…}} envelopes." };
        var generate = new Command("generate", "Write N random, realistic case JSON objects as JSON Lines, for audit demos and benchmarks. Synthetic data, not patients.")
        {
            count, file, seed, malformedEvery, bare,
        };
        generate.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            var lines = parseResult.GetValue(count);
            try
            {
                using var writer = CohortFileWriter.Create(path);
                CohortFileWriter.Write(writer, lines, parseResult.GetValue(seed), Math.Max(0, parseResult.GetValue(malformedEvery)), !parseResult.GetValue(bare));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                output.WriteError($"spinetriage: error {CliProblemCodes.ResultsUnwritable}: cannot write {path}: {exception.Message}");
                return ExitCodes.BadInput;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {lines:N0} lines to {path}."));
            return ExitCodes.Success;
        });
        return new Command("cohort", "Cohort utilities for audits.") { generate };
    }
}
