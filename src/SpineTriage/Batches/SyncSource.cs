namespace SpineTriage.Batches;

/// <summary>A synchronous sequence as an asynchronous one (each step completes at once), read on the batch's reading thread.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class SyncSource<T>(IEnumerable<T> items) : IAsyncEnumerable<T>
{
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => new Enumerator(items.GetEnumerator(), cancellationToken);

    private sealed class Enumerator(IEnumerator<T> items, CancellationToken cancellationToken) : IAsyncEnumerator<T>
    {
        public T Current => items.Current;

        public ValueTask<bool> MoveNextAsync()
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(items.MoveNext());
        }

        public ValueTask DisposeAsync()
        {
            items.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
