using System.Runtime.InteropServices;

namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// The calling thread's inputs array and outcome bytes, for evaluations that allocate nothing. Taken out for a call, so
/// that a re-entrant call on the same thread (an input getter that evaluates again) makes its own, and given back after.
/// An exception that escapes drops them (the next call makes new ones): no try/finally on the evaluation path.
/// </summary>
internal sealed class ThreadScratch
{
    [ThreadStatic]
    private static ThreadScratch? t_current;

    private ThreadScratch(int inputs, int slots)
    {
        Args = new object?[inputs];
        Slots = new byte[Math.Max(slots, 64)];
    }

    /// <summary>Gets the inputs array, exactly as long as the inputs.</summary>
    public object?[] Args { get; }

    /// <summary>Gets the outcome bytes, at least as long as the slots asked for (their content is left from earlier calls).</summary>
    public byte[] Slots { get; }

    /// <summary>Takes the thread's scratch (or makes one) and copies the inputs into it.</summary>
    public static ThreadScratch Take(ReadOnlySpan<object?> inputs, int slots)
    {
        var scratch = t_current;
        if (scratch is null || scratch.Args.Length != inputs.Length || scratch.Slots.Length < slots)
        {
            scratch = new ThreadScratch(inputs.Length, slots);
        }
        else
        {
            t_current = null;
        }

        if (inputs.Length == 1)
        {
            // The array is exactly an object?[]: a plain store, without the covariance check of args[0] = value.
            MemoryMarshal.GetArrayDataReference(scratch.Args) = inputs[0];
        }
        else
        {
            inputs.CopyTo(scratch.Args);
        }

        return scratch;
    }

    /// <summary>Clears the inputs (the thread must not keep them alive) and gives the scratch back to the thread.</summary>
    public void Return()
    {
        if (Args.Length == 1)
        {
            MemoryMarshal.GetArrayDataReference(Args) = null;
        }
        else
        {
            Array.Clear(Args);
        }

        t_current = this;
    }
}
