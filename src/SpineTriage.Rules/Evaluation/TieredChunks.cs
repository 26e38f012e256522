using System.Linq.Expressions;

namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// A plan's chunk lambdas, tiered like the runtime's own JIT: interpreted at load (building an interpreter costs a
/// fraction of JIT-compiling, so loading stays fast and a one-shot evaluation never pays for the JIT), then, after
/// <see cref="TierUpAfter"/> evaluations, compiled to IL on a thread-pool thread and swapped in atomically. Both tiers
/// run the same expression trees; evaluation never waits and never takes a lock.
/// </summary>
internal sealed class TieredChunks
{
    /// <summary>The evaluations after which the chunks are JIT-compiled in the background.</summary>
    public const int TierUpAfter = 30;

    private readonly int _tierUpAfter;
    private Action<object?[], byte[]>[] _chunks;
    private Expression<Action<object?[], byte[]>>[]? _pending;
    private int _evaluations;
    private int _tierUpQueued;

    public TieredChunks(Expression<Action<object?[], byte[]>>[] lambdas, int tierUpAfter = TierUpAfter)
    {
        _tierUpAfter = tierUpAfter;
        _pending = lambdas;
        _chunks = new Action<object?[], byte[]>[lambdas.Length];
        for (var i = 0; i < lambdas.Length; i++)
        {
            _chunks[i] = lambdas[i].Compile(preferInterpretation: true);
        }
    }

    /// <summary>Gets the number of chunks.</summary>
    public int Count => _chunks.Length;

    /// <summary>Gets a value indicating whether the chunks run as JIT-compiled IL (the second tier).</summary>
    public bool IsCompiled => Volatile.Read(ref _pending) is null;

    /// <summary>Runs every chunk; any exception propagates to the caller.</summary>
    public void Run(object?[] args, byte[] outcomes)
    {
        if (_pending is not null && ++_evaluations >= _tierUpAfter && Interlocked.Exchange(ref _tierUpQueued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static chunks => chunks.CompileNow(), this, preferLocal: false);
        }

        foreach (var chunk in Volatile.Read(ref _chunks))
        {
            chunk(args, outcomes);
        }
    }

    /// <summary>JIT-compiles the chunks now (idempotent; a concurrent second compilation is harmless, the last swap wins).</summary>
    public void CompileNow()
    {
        var lambdas = Volatile.Read(ref _pending);
        if (lambdas is null)
        {
            return;
        }

        try
        {
            var compiled = new Action<object?[], byte[]>[lambdas.Length];
            for (var i = 0; i < lambdas.Length; i++)
            {
                compiled[i] = lambdas[i].Compile();
            }

            Volatile.Write(ref _chunks, compiled);
            Volatile.Write(ref _pending, null);
        }
        catch (Exception)
        {
            // Out of memory for code, or dynamic code unavailable: the interpreted tier stays, correct and slower.
            Volatile.Write(ref _pending, null);
        }
    }
}
