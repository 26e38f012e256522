using SpineTriage.Cli.Audit;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Tests.Audit;

public sealed class AuditRunTests
{
    /// <summary>Lines of the cohort the order test runs twice: 200 in the plain run (67 batches of three for four workers), 4,000 under SPINETRIAGE_DEEP=1.</summary>
    private static readonly int OrderTestLines = TestDepth.Count(quick: 200, deep: 4_000);

    [Fact]
    public void Output_order_is_input_order_whatever_the_number_of_workers_and_the_batch_size()
    {
        var cohort = Cohorts.Generate(count: OrderTestLines, malformedEvery: 37);
        var oneWorker = Run(new AuditSettings(cohort) { Workers = 1, BatchSize = OrderTestLines, ResultsPath = Cohorts.ResultsPath(".csv") });
        var fourWorkers = Run(new AuditSettings(cohort) { Workers = 4, BatchSize = 3, ResultsPath = Cohorts.ResultsPath(".csv") });

        Assert.Equal(File.ReadAllText(oneWorker.Settings.ResultsPath!), File.ReadAllText(fourWorkers.Settings.ResultsPath!));
        Assert.Equal(1, fourWorkers.ExitCode);
    }

    [Fact]
    public void Stopping_writes_every_line_read_so_far_prints_a_partial_summary_and_exits_130()
    {
        var cohort = Cohorts.Generate(count: 2000, malformedEvery: 0);
        var results = Cohorts.ResultsPath(".csv");
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var run = new AuditRun(new OutputWriter(output, new StringWriter())) { AfterBatch = _ => stop.Cancel() };

        var exitCode = run.Run(new AuditSettings(cohort) { Workers = 2, BatchSize = 10, ResultsPath = results }, stop.Token);

        Assert.Equal(130, exitCode);
        var rows = Cohorts.CsvRows(results);
        Assert.InRange(rows.Length, 10, 1999);
        Assert.Equal(0, rows.Length % 10);
        Assert.Equal(Enumerable.Range(1, rows.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.Split(',')[0]));
        Assert.Contains($"Interrupted: stopped after line {rows.Length:N0}.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_an_error_row_and_the_next_line_is_still_read()
    {
        var seed = Cohorts.SeedLine("missing-data");
        var cohort = Cohorts.Write(new string(' ', 50) + seed, seed);
        var results = Cohorts.ResultsPath(".csv");

        var run = Run(new AuditSettings(cohort) { MaxLineChars = seed.Length + 10, ResultsPath = results });

        var rows = Cohorts.CsvRows(results);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("1,,error,", rows[0], StringComparison.Ordinal);
        Assert.Contains($"more than the limit of {seed.Length + 10}", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2,,ok,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_lines_are_printed_when_standard_error_is_not_a_terminal()
    {
        var cohort = Cohorts.Generate(count: 300, malformedEvery: 0);
        var error = new StringWriter();
        var slowWriter = new AuditRun(new OutputWriter(new StringWriter(), error)) { AfterBatch = _ => Thread.Sleep(30) };

        slowWriter.Run(new AuditSettings(cohort) { BatchSize = 10, ProgressInterval = TimeSpan.FromMilliseconds(100) }, CancellationToken.None);

        Assert.Matches(@"audit: \[[#.]{20}\] +\d+\.\d % +[\d,]+ lines +[\d,]+ lines/s  elapsed \d+:\d\d  ETA ", error.ToString());
    }

    private static (int ExitCode, AuditSettings Settings) Run(AuditSettings settings)
    {
        var run = new AuditRun(new OutputWriter(new StringWriter(), new StringWriter()));
        return (run.Run(settings, CancellationToken.None), settings);
    }
}
