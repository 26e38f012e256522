using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace SpineTriage.Batches;

/// <summary>
/// Input → N evaluating workers → results in input order, joined by bounded channels so memory stays constant: the reader
/// groups inputs into chunks and sends each to the in-order queue first and then to the workers, so the consumer takes
/// chunks in input order and waits for each to be evaluated. A chunk is sent early when the input has nothing ready (a
/// slow stream is not held back to fill it). Cancelling stops reading and evaluating: the results evaluated before come, in
/// order and without a gap, then <see cref="OperationCanceledException"/>. Leaving the enumeration early stops everything.
/// </summary>
/// <typeparam name="TInput">One case, as the caller has it.</typeparam>
/// <typeparam name="TResult">What evaluating a case gives.</typeparam>
internal sealed class OrderedBatchPipeline<TInput, TResult>(Func<TInput, long, BatchResult<TResult>> evaluate, BatchOptions options)
{
    public async IAsyncEnumerable<BatchResult<TResult>> RunAsync(IAsyncEnumerable<TInput> inputs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Started before the workers, so that their cases' spans are its children.
        var span = Telemetry.TriageTelemetry.StartBatch(options.Workers, options.ChunkSize);
        long given = 0;
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var capacity = new BoundedChannelOptions(2 * options.Workers) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        var inOrder = Channel.CreateBounded<Chunk>(capacity);
        var toEvaluate = Channel.CreateBounded<Chunk>(capacity);
        var reading = Task.Run(() => ReadAsync(inputs, inOrder.Writer, toEvaluate.Writer, stop.Token), CancellationToken.None);
        var evaluating = new Task[options.Workers + 1];
        for (var i = 0; i < options.Workers; i++)
        {
            evaluating[i] = Task.Run(() => EvaluateAsync(toEvaluate.Reader, stop.Token), CancellationToken.None);
        }

        evaluating[^1] = reading;
        try
        {
            while (await WaitToReadAsync(inOrder.Reader, e => failure = e).ConfigureAwait(false))
            {
                while (inOrder.Reader.TryRead(out var chunk))
                {
                    var results = await ResultsAsync(chunk, e => failure = e).ConfigureAwait(false);
                    for (var i = 0; i < results.Length; i++)
                    {
                        given++;
                        yield return results[i];
                    }
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(evaluating).ConfigureAwait(false);
            Telemetry.TriageTelemetry.BatchEnded(span, given, failure);
        }
    }

    /// <summary>As <see cref="ChannelReader{T}.WaitToReadAsync"/>, telling <paramref name="failed"/> what the reader completed the queue with (an input's failure, a cancellation).</summary>
    private static async ValueTask<bool> WaitToReadAsync(ChannelReader<Chunk> reader, Action<Exception> failed)
    {
        try
        {
            return await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failed(exception);
            throw;
        }
    }

    /// <summary>A chunk's results once evaluated, telling <paramref name="failed"/> when it was cancelled or its evaluation failed.</summary>
    private static async Task<BatchResult<TResult>[]> ResultsAsync(Chunk chunk, Action<Exception> failed)
    {
        try
        {
            return await chunk.Done.Task.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failed(exception);
            throw;
        }
    }

    private async Task ReadAsync(IAsyncEnumerable<TInput> inputs, ChannelWriter<Chunk> inOrder, ChannelWriter<Chunk> toEvaluate, CancellationToken stop)
    {
        Exception? failure = null;
        try
        {
            var pending = new List<TInput>(options.ChunkSize);
            long read = 0;
            var items = inputs.GetAsyncEnumerator(stop);
            await using (items.ConfigureAwait(false))
            {
                while (true)
                {
                    bool more;
                    try
                    {
                        var move = items.MoveNextAsync();
                        if (!move.IsCompleted && pending.Count > 0)
                        {
                            await SendAsync(new Chunk(read - pending.Count, pending), inOrder, toEvaluate, stop).ConfigureAwait(false);
                            pending = new List<TInput>(options.ChunkSize);
                        }

                        more = await move.ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !stop.IsCancellationRequested)
                    {
                        // The input failed: what it gave before is still evaluated and returned, then the failure.
                        failure = exception;
                        more = false;
                    }

                    if (!more)
                    {
                        break;
                    }

                    stop.ThrowIfCancellationRequested();
                    pending.Add(items.Current);
                    read++;
                    if (pending.Count == options.ChunkSize)
                    {
                        await SendAsync(new Chunk(read - pending.Count, pending), inOrder, toEvaluate, stop).ConfigureAwait(false);
                        pending = new List<TInput>(options.ChunkSize);
                    }
                }
            }

            if (pending.Count > 0)
            {
                await SendAsync(new Chunk(read - pending.Count, pending), inOrder, toEvaluate, stop).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            failure = exception is OperationCanceledException ? new OperationCanceledException(stop) : exception;
        }
        finally
        {
            inOrder.TryComplete(failure);
            toEvaluate.TryComplete();
        }
    }

    /// <summary>
    /// Hands a chunk to the consumer's in-order queue, then to the workers. Only the first hand-off can be cancelled: a chunk
    /// the consumer will wait for must reach a worker, which evaluates it or, once stopped, cancels it. (Cancelling between
    /// the two left the consumer waiting forever.) The second cannot wait forever: the workers read until the queue is
    /// completed, stopped or not.
    /// </summary>
    private static async Task SendAsync(Chunk chunk, ChannelWriter<Chunk> inOrder, ChannelWriter<Chunk> toEvaluate, CancellationToken stop)
    {
        await inOrder.WriteAsync(chunk, stop).ConfigureAwait(false);
        await toEvaluate.WriteAsync(chunk, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task EvaluateAsync(ChannelReader<Chunk> toEvaluate, CancellationToken stop)
    {
        await foreach (var chunk in toEvaluate.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (stop.IsCancellationRequested)
            {
                chunk.Done.SetCanceled(stop);
                continue;
            }

            try
            {
                var results = new BatchResult<TResult>[chunk.Inputs.Count];
                for (var i = 0; i < results.Length; i++)
                {
                    results[i] = EvaluateOne(chunk.Inputs[i], chunk.FirstIndex + i);
                }

                Telemetry.TriageTelemetry.BatchChunkDone(results);
                chunk.Done.SetResult(results);
            }
            catch (Exception exception)
            {
                // Out of memory, or a listener of the telemetry that threw: the consumer gets it instead of waiting forever.
                chunk.Done.TrySetException(exception);
                throw;
            }
        }
    }

    private BatchResult<TResult> EvaluateOne(TInput input, long index)
    {
        try
        {
            return evaluate(input, index);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new BatchResult<TResult>(index, default, [], exception);
        }
    }

    private sealed class Chunk(long firstIndex, List<TInput> inputs)
    {
        public long FirstIndex { get; } = firstIndex;

        public List<TInput> Inputs { get; } = inputs;

        public TaskCompletionSource<BatchResult<TResult>[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
