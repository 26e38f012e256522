using SpineTriage.Rules;

namespace SpineTriage.Batches;

/// <summary>What one case of a batch gave: its value, or why it has none. A failed case never stops the batch.</summary>
/// <typeparam name="T">The value evaluating a case gives, such as a <see cref="Reports.TriageReport"/>.</typeparam>
public sealed class BatchResult<T>
{
    internal BatchResult(long index, T? value, IReadOnlyList<Diagnostic> problems, Exception? exception)
    {
        Index = index;
        Value = value;
        Problems = problems;
        Exception = exception;
    }

    /// <summary>Gets the case's 0-based position in the input; results come in input order.</summary>
    public long Index { get; }

    /// <summary>Gets the value, or the default when the case failed.</summary>
    public T? Value { get; }

    /// <summary>Gets the case's problems (a case text that does not read, a value out of range), each located; empty otherwise.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Gets the exception evaluating the case threw, if it threw one (a bug, not bad input: bad input gives <see cref="Problems"/>).</summary>
    public Exception? Exception { get; }

    /// <summary>Gets a value indicating whether the case gave a value: no problems and no exception.</summary>
    public bool Succeeded => Exception is null && Problems.Count == 0;
}
