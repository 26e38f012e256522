using System.Linq.Expressions;

namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// One chunk of a plan's rules as two lambdas: built for inputs that are all present (no null test at each read of an
/// input, much less code after the JIT), which declines (returns false, having written nothing) when an input it reads
/// is null; and built for any inputs, run then. <see cref="Present"/> is null when the chunk reads no input that can be null.
/// </summary>
internal sealed record PlanChunk(Expression<Func<object?[], byte[], bool>>? Present, Expression<Action<object?[], byte[]>> AnyInputs)
{
    /// <summary>JIT-compiles both lambdas.</summary>
    public CompiledPlanChunk Compile() => new(Present?.Compile(), AnyInputs.Compile());
}

/// <summary>A <see cref="PlanChunk"/> JIT-compiled.</summary>
internal sealed class CompiledPlanChunk(Func<object?[], byte[], bool>? present, Action<object?[], byte[]> anyInputs)
{
    /// <summary>Writes the outcomes of the chunk's slots, with the code for present inputs when it applies.</summary>
    public void Run(object?[] args, byte[] outcomes)
    {
        if (present is null || !present(args, outcomes))
        {
            anyInputs(args, outcomes);
        }
    }
}
