using System.Globalization;
using SpineTriage.Batches;
using SpineTriage.Cli.Output;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// One <c>audit</c> run: load the rules once, stream the cohort through <see cref="TriageBatch"/> (the workers evaluate each line,
/// format its row and count it for the summary), write each line's result in
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
            using var lines = CohortLines.Open(settings.CohortPath, settings.MaxLineChars);
            return Stream(settings, new CohortLineEvaluator(engine, settings.MaxLineChars), lines, results, summary, stop);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.WriteError($"spinetriage: error {CliProblemCodes.ResultsUnwritable}: the audit stopped because a file could not be read or written: {exception.Message}");
            return ExitCodes.BadInput;
        }
    }

    private int Stream(AuditSettings settings, CohortLineEvaluator evaluator, CohortLines lines, AuditResultsFile? results, AuditSummary summary, CancellationToken stop)
    {
        var batchSize = Math.Max(1, settings.BatchSize);
        var printed = 0;
        var progress = new AuditProgress(output.Error, settings.ProgressOnTerminal, settings.ProgressInterval, () => (summary.Lines, lines.Fraction));
        try
        {
            var audited = TriageBatch.RunAsync(
                lines.ReadUntil(stop, LinesPerPositionUpdate),
                line => Audit(evaluator, results?.Format, summary.Assessments, line),
                new BatchOptions { Workers = Math.Max(1, settings.Workers), ChunkSize = batchSize },
                CancellationToken.None);
            WriteInOrder(audited).GetAwaiter().GetResult();
        }
        finally
        {
            progress.Dispose();
        }

        async Task WriteInOrder(IAsyncEnumerable<BatchResult<AuditedLine>> audited)
        {
            await foreach (var result in audited.ConfigureAwait(false))
            {
                var line = result.Value ?? throw new InvalidOperationException("An audited line failed outside its evaluation.", result.Exception);
                summary.Add(line);
                if (line.Row is { } row)
                {
                    results!.Write(row);
                }

                if (line.Error is { } error && printed++ < settings.MalformedLinesPrinted)
                {
                    progress.WriteLine(SafeText.Visible(string.Create(CultureInfo.InvariantCulture, $"{settings.CohortPath}:{line.Line}: error {CliProblemCodes.MalformedCohortLine}: {error}")));
                }

                if (summary.Lines % batchSize == 0)
                {
                    EndBatch();
                }
            }

            if (summary.Lines % batchSize != 0)
            {
                EndBatch();
            }
        }

        void EndBatch()
        {
            results?.Flush();
            AfterBatch?.Invoke(summary.Lines);
        }

        if (summary.Malformed > settings.MalformedLinesPrinted)
        {
            var where = settings.ResultsPath is null ? "pass --out results.csv to list them all" : $"every one is an error row in {settings.ResultsPath}";
            output.WriteError(string.Create(CultureInfo.InvariantCulture, $"spinetriage: {summary.Malformed - settings.MalformedLinesPrinted:N0} more malformed line(s) not shown; {where}."));
        }

        var interrupted = stop.IsCancellationRequested && !lines.ReachedEnd;
        AuditSummaryWriter.Write(summary, new AuditRunInfo(settings.CohortPath, settings.ResultsPath, progress.Elapsed, interrupted), output);
        return interrupted ? ExitCodes.Interrupted : summary.Malformed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary>A worker's step: evaluate the line (verdicts only), format its row and count what the summary needs.</summary>
    private static AuditedLine Audit(CohortLineEvaluator evaluator, IAuditResultsWriter? format, IReadOnlyList<AssessmentHeading> assessments, CohortLine line)
    {
        CaseOutcome outcome;
        try
        {
            outcome = evaluator.Evaluate(line);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            outcome = CaseOutcome.Failed(line.Number, null, CohortLineEvaluator.InternalError(exception));
        }

        return new AuditedLine(outcome.Line, outcome.Error, format?.FormatRow(outcome), outcome.Verdicts is { } verdicts ? LineTally.Of(verdicts, assessments) : null);
    }
}
