using System.Globalization;
using SpineTriage.Cli.Output;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// One <c>audit</c> run: load the rules once, stream the cohort through the pipeline, write each line's result in
/// input order (flushed per batch, so an interruption loses nothing written), report malformed lines, print the summary.
/// Exit 0 when every line was evaluated, 1 when some were malformed (their results are error rows), 130 when stopped.
/// </summary>
internal sealed class AuditRun(OutputWriter output)
{
    private const int LinesPerPositionUpdate = 1024;

    /// <summary>Gets a hook called after each batch is written, with the number of lines written so far (tests stop runs with it).</summary>
    public Action<long>? AfterBatch { get; init; }

    public int Run(AuditSettings settings, CancellationToken stop)
    {
        if (!File.Exists(settings.CohortPath))
        {
            ProblemWriter.Write([new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileNotFound, "The cohort file does not exist; pass a JSON Lines file with one case per line.") { File = settings.CohortPath }], output);
            return ExitCodes.BadInput;
        }

        if (settings.ResultsPath is { } resultsPath && TextFileReader.IsSameFile(settings.CohortPath, resultsPath))
        {
            ProblemWriter.Write([new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.ResultsAreCohort, $"The results file is the cohort file itself ({settings.CohortPath}); writing it would erase the cohort. Pass another --out path.") { File = resultsPath }], output);
            return ExitCodes.BadInput;
        }

        var engine = TriageEngineLoader.TryCreate(settings.RulesDirectory, settings.Thresholds, output);
        if (engine is null)
        {
            return ExitCodes.BadInput;
        }

        var summary = new AuditSummary(AssessmentHeading.Of(engine));
        try
        {
            using var results = settings.ResultsPath is { } path ? AuditResultsFile.Open(path, summary.Assessments.Select(a => a.Key).ToList()) : null;
            using var cohort = new FileStream(settings.CohortPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            using var reader = new JsonLinesReader(cohort, settings.MaxLineChars);
            return Stream(settings, new CohortLineEvaluator(engine, settings.MaxLineChars), reader, results, summary, stop);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.WriteError($"spinetriage: error {CliProblemCodes.ResultsUnwritable}: the audit stopped because a file could not be read or written: {exception.Message}");
            return ExitCodes.BadInput;
        }
    }

    private int Stream(AuditSettings settings, CohortLineEvaluator evaluator, JsonLinesReader reader, IAuditResultsWriter? results, AuditSummary summary, CancellationToken stop)
    {
        var fraction = 0.0;
        var reachedEnd = false;
        var printed = 0;
        var progress = new AuditProgress(output.Error, settings.ProgressOnTerminal, settings.ProgressInterval, () => (summary.Lines, Volatile.Read(ref fraction)));
        try
        {
            CohortLine? ReadLine()
            {
                var line = reader.Next();
                reachedEnd = line is null;
                if (line is null || line.Number % LinesPerPositionUpdate == 0)
                {
                    Volatile.Write(ref fraction, reader.Fraction);
                }

                return line;
            }

            void WriteBatch(IReadOnlyList<CaseOutcome> outcomes)
            {
                foreach (var outcome in outcomes)
                {
                    summary.Add(outcome);
                    results?.Write(outcome);
                    if (outcome.Error is { } error && printed++ < settings.MalformedLinesPrinted)
                    {
                        progress.WriteLine(SafeText.Visible(string.Create(CultureInfo.InvariantCulture, $"{settings.CohortPath}:{outcome.Line}: error {CliProblemCodes.MalformedCohortLine}: {error}")));
                    }
                }

                results?.Flush();
                AfterBatch?.Invoke(summary.Lines);
            }

            new AuditPipeline(evaluator.Evaluate, Math.Max(1, settings.Workers), Math.Max(1, settings.BatchSize))
                .RunAsync(ReadLine, WriteBatch, stop).GetAwaiter().GetResult();
        }
        finally
        {
            progress.Dispose();
        }

        if (summary.Malformed > settings.MalformedLinesPrinted)
        {
            var where = settings.ResultsPath is null ? "pass --out results.csv to list them all" : $"every one is an error row in {settings.ResultsPath}";
            output.WriteError(string.Create(CultureInfo.InvariantCulture, $"spinetriage: {summary.Malformed - settings.MalformedLinesPrinted:N0} more malformed line(s) not shown; {where}."));
        }

        var interrupted = stop.IsCancellationRequested && !reachedEnd;
        AuditSummaryWriter.Write(summary, new AuditRunInfo(settings.CohortPath, settings.ResultsPath, progress.Elapsed, interrupted), output);
        return interrupted ? ExitCodes.Interrupted : summary.Malformed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
