using SpineTriage.Cli.Audit;

namespace SpineTriage.Cli.Tests.Audit;

public sealed class AuditPipelineTests
{
    [Fact]
    public async Task Two_workers_evaluate_two_batches_at_the_same_time()
    {
        using var bothRunning = new Barrier(2);
        var met = 0;
        var pipeline = new AuditPipeline(
            line =>
            {
                if (bothRunning.SignalAndWait(TimeSpan.FromSeconds(20)))
                {
                    Interlocked.Increment(ref met);
                }

                return CaseOutcome.Failed(line.Number, null, "evaluated");
            },
            workers: 2,
            batchSize: 1);

        await pipeline.RunAsync(Lines(2), _ => { }, CancellationToken.None);

        Assert.Equal(2, met);
    }

    [Fact]
    public async Task Batches_are_written_in_input_order_when_later_ones_finish_first()
    {
        var written = new List<long>();
        var pipeline = new AuditPipeline(
            line =>
            {
                Thread.Sleep(line.Number % 3 == 1 ? 30 : 0);
                return CaseOutcome.Failed(line.Number, null, "evaluated");
            },
            workers: 3,
            batchSize: 2);

        await pipeline.RunAsync(Lines(60), batch => written.AddRange(batch.Select(o => o.Line)), CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 60).Select(i => (long)i), written);
    }

    [Fact]
    public async Task A_failing_writer_stops_the_reader_and_the_failure_reaches_the_caller()
    {
        var read = 0;
        var pipeline = new AuditPipeline(line => CaseOutcome.Failed(line.Number, null, "evaluated"), workers: 2, batchSize: 1);
        var endless = () => new CohortLine(Interlocked.Increment(ref read), "{}");

        await Assert.ThrowsAsync<IOException>(() => pipeline.RunAsync(endless, _ => throw new IOException("disk full"), CancellationToken.None));
        Assert.InRange(read, 1, 100);
    }

    private static Func<CohortLine?> Lines(int count)
    {
        var next = 0;
        return () => next < count ? new CohortLine(++next, "{}") : null;
    }
}
