using System.Threading.Channels;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Reader → N evaluating workers → one ordered writer, joined by bounded channels so memory stays constant:
/// at most <c>2 × workers + 2</c> batches exist at any time. The reader sends each batch to the writer's queue first
/// and then to the workers, so the writer takes batches in input order and waits for each to be evaluated;
/// output order is input order whatever the workers' speed. On <c>stop</c> the reader sends the batch it holds and
/// ends; everything read is still evaluated and written.
/// </summary>
internal sealed class AuditPipeline(Func<CohortLine, CaseOutcome> evaluate, int workers, int batchSize)
{
    public async Task RunAsync(Func<CohortLine?> readLine, Action<IReadOnlyList<CaseOutcome>> writeBatch, CancellationToken stop)
    {
        using var abort = new CancellationTokenSource();
        var options = new BoundedChannelOptions(2 * workers) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        var inOrder = Channel.CreateBounded<Batch>(options);
        var toEvaluate = Channel.CreateBounded<Batch>(options);
        var reading = Task.Run(() => ReadAsync(readLine, inOrder.Writer, toEvaluate.Writer, stop, abort.Token), CancellationToken.None);
        var evaluating = Enumerable.Range(0, workers).Select(_ => Task.Run(() => EvaluateAsync(toEvaluate.Reader), CancellationToken.None)).ToArray();
        try
        {
            await foreach (var batch in inOrder.Reader.ReadAllAsync(CancellationToken.None))
            {
                writeBatch(await batch.Done.Task.ConfigureAwait(false));
            }
        }
        catch
        {
            await abort.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await Task.WhenAll(evaluating.Append(reading)).ConfigureAwait(false);
        }
    }

    private async Task ReadAsync(Func<CohortLine?> readLine, ChannelWriter<Batch> inOrder, ChannelWriter<Batch> toEvaluate, CancellationToken stop, CancellationToken abort)
    {
        Exception? failure = null;
        try
        {
            var lines = new List<CohortLine>(batchSize);
            while (!stop.IsCancellationRequested && !abort.IsCancellationRequested && readLine() is { } line)
            {
                lines.Add(line);
                if (lines.Count == batchSize)
                {
                    await SendAsync(new Batch(lines), inOrder, toEvaluate, abort).ConfigureAwait(false);
                    lines = new List<CohortLine>(batchSize);
                }
            }

            if (lines.Count > 0)
            {
                await SendAsync(new Batch(lines), inOrder, toEvaluate, abort).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // The writer failed and reports why; stop reading.
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        finally
        {
            inOrder.TryComplete(failure);
            toEvaluate.TryComplete();
        }
    }

    private static async Task SendAsync(Batch batch, ChannelWriter<Batch> inOrder, ChannelWriter<Batch> toEvaluate, CancellationToken abort)
    {
        await inOrder.WriteAsync(batch, abort).ConfigureAwait(false);
        await toEvaluate.WriteAsync(batch, abort).ConfigureAwait(false);
    }

    private async Task EvaluateAsync(ChannelReader<Batch> toEvaluate)
    {
        await foreach (var batch in toEvaluate.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var outcomes = new CaseOutcome[batch.Lines.Count];
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] = EvaluateOne(batch.Lines[i]);
            }

            batch.Done.SetResult(outcomes);
        }
    }

    private CaseOutcome EvaluateOne(CohortLine line)
    {
        try
        {
            return evaluate(line);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return CaseOutcome.Failed(line.Number, null, CohortLineEvaluator.InternalError(exception));
        }
    }

    private sealed class Batch(List<CohortLine> lines)
    {
        public List<CohortLine> Lines { get; } = lines;

        public TaskCompletionSource<IReadOnlyList<CaseOutcome>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
