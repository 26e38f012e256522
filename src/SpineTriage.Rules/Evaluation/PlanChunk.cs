using System.Linq.Expressions;

namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// One chunk of a plan's rules. When it reads an input that can be null, its code is built for inputs that are all
/// present (no null test at each read of an input, much less code after the JIT) and declines, having written nothing,
/// when one is null; the code for any inputs is then built and compiled only when first needed. When it reads no such
/// input, <see cref="AnyInputs"/> is its only code.
/// </summary>
/// <param name="Present">The code for present inputs, or null.</param>
/// <param name="AnyInputs">The code for any inputs when there is no <paramref name="Present"/> code, else null.</param>
/// <param name="BuildAnyInputs">Builds the code for any inputs of the same rules, in parts to run in order (see <see cref="PlanCompiler.BuildAnyInputs"/>).</param>
internal sealed record PlanChunk(
    Expression<Func<object?[], byte[], bool>>? Present,
    Expression<Action<object?[], byte[]>>? AnyInputs,
    Func<Expression<Action<object?[], byte[]>>[]> BuildAnyInputs)
{
    /// <summary>JIT-compiles the chunk's code; with <paramref name="anyInputsToo"/>, the code for any inputs too, else only when first needed (and then a failure is told to <paramref name="failed"/>).</summary>
    public CompiledPlanChunk Compile(bool anyInputsToo, Action<Exception>? failed = null) =>
        new(Present?.Compile(), AnyInputs?.Compile() ?? (anyInputsToo ? CompileParts(BuildAnyInputs()) : null), BuildAnyInputs, failed);

    /// <summary>The parts JIT-compiled, as one delegate that runs them in order.</summary>
    public static Action<object?[], byte[]> CompileParts(Expression<Action<object?[], byte[]>>[] parts)
    {
        var compiled = new Action<object?[], byte[]>[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            compiled[i] = parts[i].Compile();
        }

        return compiled.Length == 1 ? compiled[0] : (Action<object?[], byte[]>)Delegate.Combine(compiled)!;
    }
}
