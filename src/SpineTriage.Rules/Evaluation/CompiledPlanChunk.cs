using System.Linq.Expressions;

namespace SpineTriage.Rules.Evaluation;

/// <summary>A <see cref="PlanChunk"/> JIT-compiled: the code for present inputs, and the code for any inputs once needed.</summary>
internal sealed class CompiledPlanChunk(
    Func<object?[], byte[], bool>? present,
    Action<object?[], byte[]>? anyInputs,
    Func<Expression<Action<object?[], byte[]>>[]> buildAnyInputs,
    Action<Exception>? failed = null)
{
    private Action<object?[], byte[]>? _anyInputs = anyInputs;
    private int _anyInputsQueued;

    /// <summary>Gets a value indicating whether the code for any inputs is compiled.</summary>
    public bool HasAnyInputsCode => Volatile.Read(ref _anyInputs) is not null;

    /// <summary>
    /// Writes the outcomes of the chunk's slots and returns true; returns false (the caller evaluates with the first
    /// tier) when an input is null and the code for any inputs is not compiled yet, which is then queued on the thread pool.
    /// </summary>
    public bool TryRun(object?[] args, byte[] outcomes)
    {
        if (present is not null && present(args, outcomes))
        {
            return true;
        }

        if (Volatile.Read(ref _anyInputs) is { } general)
        {
            general(args, outcomes);
            return true;
        }

        if (Interlocked.Exchange(ref _anyInputsQueued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static chunk => chunk.CompileAnyInputs(), this, preferLocal: false);
        }

        return false;
    }

    /// <summary>Builds and JIT-compiles the code for any inputs (idempotent; on failure the first tier keeps serving).</summary>
    public void CompileAnyInputs()
    {
        if (HasAnyInputsCode)
        {
            return;
        }

        Interlocked.Exchange(ref _anyInputsQueued, 1);
        try
        {
            Volatile.Write(ref _anyInputs, PlanChunk.CompileParts(buildAnyInputs()));
        }
        catch (Exception exception)
        {
            // Out of memory for code, or dynamic code unavailable: an evaluation with a missing input stays in the first tier.
            TierUpFailure.Report(failed, exception);
        }
    }
}
