namespace SpineTriage.Batches;

/// <summary>How <see cref="TriageBatch"/> spreads a batch over threads.</summary>
public sealed class BatchOptions
{
    /// <summary>Gets the number of threads that evaluate cases at once; by default one per processor. At least 1.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets the number of cases a worker takes at a time (256 by default; at least 1). At most <c>2 × Workers + 2</c> such chunks
    /// are held at once, read ahead or waiting to be returned in order, so memory is bounded by the chunk size, not the batch's.
    /// </summary>
    public int ChunkSize { get; init; } = 256;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1, nameof(Workers));
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkSize, 1, nameof(ChunkSize));
    }
}
