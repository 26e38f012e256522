using System.CommandLine;
using System.Globalization;
using SpineTriage.Cli.Evaluate;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Audit;

/// <summary><c>spinetriage audit COHORT.jsonl [--out results.csv|results.jsonl] [--rules DIR] [--threshold name=value]...</c></summary>
internal static class AuditCommand
{
    public static Command Create(OutputWriter output)
    {
        var cohort = PathArguments.CreateSingle(
            "COHORT.jsonl",
            "A JSON Lines file: one case per line, either a bare case or {\"id\": \"…\", \"case\": {…}}. Blank lines are skipped.");
        var results = new Option<string?>("--out", "-o")
        {
            Description = "Write one result row per line, in input order: .csv (RFC 4180) or .json/.jsonl/.ndjson (JSON Lines). Without it only the summary is printed.",
            HelpName = "FILE",
        };
        results.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && AuditResultsFile.Problem(result.Tokens[0].Value) is { } problem)
            {
                result.AddError(problem);
            }
        });
        var rules = EngineOptions.Rules();
        var thresholds = EngineOptions.Thresholds();
        var progressSeconds = new Option<int>("--progress-seconds")
        {
            Description = "When standard error is not a terminal, print a progress line this often (0: never). On a terminal a progress bar is redrawn instead.",
            DefaultValueFactory = _ => 10,
            HelpName = "SECONDS",
        };
        progressSeconds.Validators.Add(result =>
        {
            // The token, not GetValueOrDefault: that throws when the token is no number (the parser reports that itself).
            if (result.Tokens is [{ } token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds < 0)
            {
                result.AddError("--progress-seconds must be 0 or more.");
            }
        });

        var workers = new Option<int>("--workers")
        {
            Description = "How many threads evaluate cases (reading and writing have their own threads).",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        workers.Validators.Add(result =>
        {
            if (result.Tokens is [{ } token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count is < 1 or > AuditSettings.MaxWorkers)
            {
                result.AddError($"--workers must be from 1 to {AuditSettings.MaxWorkers}.");
            }
        });

        var command = new Command(
            "audit",
            "Evaluate every case of a JSON Lines cohort in constant memory and summarise the verdicts. " +
            "Exit 0 when every line was evaluated, 1 when some lines were malformed (each is an error row), 130 when stopped with Ctrl-C.")
        {
            cohort, results, rules, thresholds, progressSeconds, workers,
        };
        command.SetAction(parseResult =>
        {
            var settings = new AuditSettings(parseResult.GetRequiredValue(cohort))
            {
                ResultsPath = parseResult.GetValue(results),
                RulesDirectory = parseResult.GetValue(rules),
                Thresholds = ThresholdArgument.ToDictionary(parseResult.GetValue(thresholds) ?? []),
                ProgressOnTerminal = ReferenceEquals(output.Error, Console.Error) && !Console.IsErrorRedirected,
                ProgressInterval = TimeSpan.FromSeconds(parseResult.GetValue(progressSeconds)),
                Workers = parseResult.GetValue(workers),
            };
            return RunUntilCtrlC(new AuditRun(output), settings);
        });
        return command;
    }

    /// <summary>The first Ctrl-C stops reading, finishes and writes what was read, and prints a partial summary; a second one ends the process.</summary>
    private static int RunUntilCtrlC(AuditRun run, AuditSettings settings)
    {
        using var stop = new CancellationTokenSource();
        void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            if (!stop.IsCancellationRequested)
            {
                e.Cancel = true;
                stop.Cancel();
            }
        }

        Console.CancelKeyPress += OnCancelKeyPress;
        try
        {
            return run.Run(settings, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
        }
    }
}
