namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// A plan's second tier, made lazily like the runtime's own tiered JIT: nothing is built at load (the first tier walks
/// the bound rules, see <see cref="EvaluationPlan"/>), and after <see cref="TierUpAfter"/> evaluations the chunk
/// lambdas are built and JIT-compiled on a thread-pool thread and swapped in atomically. Evaluation never waits and
/// never takes a lock; a one-shot evaluation never pays for building or compiling expression trees.
/// </summary>
/// <param name="build">Builds the chunk lambdas.</param>
/// <param name="failed">Told when the chunks cannot be built or compiled (<see cref="RuleSetOptions.TierUpFailed"/>), or null.</param>
/// <param name="tierUpAfter">The evaluations after which the tier-up is queued.</param>
internal sealed class TieredChunks(Func<PlanChunk[]> build, Action<Exception>? failed = null, int tierUpAfter = TieredChunks.TierUpAfter)
{
    /// <summary>The evaluations after which the chunks are built and JIT-compiled in the background.</summary>
    public const int TierUpAfter = 30;

    private CompiledPlanChunk[]? _compiled;
    private int _evaluations;
    private int _tierUpQueued;

    /// <summary>Gets the number of compiled chunks (zero until compiled).</summary>
    public int Count => Volatile.Read(ref _compiled)?.Length ?? 0;

    /// <summary>Gets a value indicating whether the chunks are compiled (the second tier).</summary>
    public bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    /// <summary>
    /// Runs every compiled chunk and returns true; before the tier-up returns false at once (the caller evaluates with
    /// the first tier), counting the evaluation, and so it does while a chunk's code for a missing input is compiled.
    /// Any exception of a chunk propagates to the caller.
    /// </summary>
    public bool TryRun(object?[] args, byte[] outcomes)
    {
        var compiled = Volatile.Read(ref _compiled);
        if (compiled is null)
        {
            if (++_evaluations >= tierUpAfter && Interlocked.Exchange(ref _tierUpQueued, 1) == 0)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static chunks => chunks.Compile(anyInputsToo: false), this, preferLocal: false);
            }

            return false;
        }

        foreach (var chunk in compiled)
        {
            if (!chunk.TryRun(args, outcomes))
            {
                // An input is null and that chunk's code for any inputs is still being compiled: the first tier
                // evaluates, from a clean array (Performance mode skips slots a chunk may have written).
                Array.Clear(outcomes);
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds and JIT-compiles every chunk's code now, for any inputs too (idempotent; a concurrent second compilation is harmless).</summary>
    public void CompileNow()
    {
        Compile(anyInputsToo: true);
        foreach (var chunk in Volatile.Read(ref _compiled) ?? [])
        {
            chunk.CompileAnyInputs();
        }
    }

    /// <summary>Builds and JIT-compiles the chunks; the code for missing inputs only with <paramref name="anyInputsToo"/> (else when first needed). The tier-up is <c>Compile(false)</c>.</summary>
    public void Compile(bool anyInputsToo)
    {
        if (IsCompiled)
        {
            return;
        }

        Interlocked.Exchange(ref _tierUpQueued, 1);
        try
        {
            var chunks = build();
            var compiled = new CompiledPlanChunk[chunks.Length];
            for (var i = 0; i < chunks.Length; i++)
            {
                compiled[i] = chunks[i].Compile(anyInputsToo, failed);
            }

            Volatile.Write(ref _compiled, compiled);
        }
        catch (Exception exception)
        {
            // Out of memory for code, or dynamic code unavailable: the first tier stays, correct and slower.
            TierUpFailure.Report(failed, exception);
        }
    }
}
