using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SpineTriage.Rules.Evaluation;

namespace SpineTriage.Rules;

/// <summary>Outcomes-only evaluation into the caller's buffer, and the per-thread arrays that let it allocate nothing.</summary>
public sealed partial class CompiledWorkflow
{
    [ThreadStatic]
    private static object?[]? t_inputs;

    [ThreadStatic]
    private static byte[]? t_slots;

    /// <summary>
    /// Evaluates every enabled top-level rule and writes only their outcomes into <paramref name="outcomes"/>, allocating
    /// nothing: for a host that scores many cases and needs the details of few. The outcomes are those
    /// <see cref="Evaluate(ReadOnlySpan{object})"/> gives; call it for missing inputs, messages and explanations.
    /// </summary>
    /// <param name="outcomes">Receives the outcome of each rule of <see cref="Rules"/>, at the same index; at least <c>Rules.Count</c> long.</param>
    /// <param name="inputs">One value per <see cref="RuleSetOptions.Inputs"/> entry, in that order; a null input reads as missing.</param>
    /// <remarks>A rule whose evaluation throws is Unknown (NotMet in two-valued logic), as in <see cref="Evaluate(ReadOnlySpan{object})"/>; the exception's message is not kept.</remarks>
    /// <exception cref="ArgumentException"><paramref name="outcomes"/> is shorter than <see cref="Rules"/>, or the number or the types of the inputs do not match the rule set's inputs.</exception>
    public void EvaluateOutcomes(Span<RuleOutcome> outcomes, params ReadOnlySpan<object?> inputs)
    {
        CheckInputs(inputs);
        var count = _plan.TopLevel.Length;
        if (outcomes.Length < count)
        {
            throw new ArgumentException($"Workflow '{Name}' has {count} top-level rule(s), but the outcomes span holds {outcomes.Length}.", nameof(outcomes));
        }

        var args = TakeInputs(inputs);
        var slots = TakeSlots(_plan.Rules.Length);
        try
        {
            string?[]? exceptions = null;
            _plan.EvaluateAll(args, slots, ref exceptions);
            CopyOutcomes(slots.AsSpan(0, count), MemoryMarshal.AsBytes(outcomes));
        }
        finally
        {
            t_slots = slots;
            ReturnInputs(args);
        }
    }

    /// <summary>The calling thread's inputs array, taken out for the call so that a re-entrant call (an input getter that evaluates) gets its own.</summary>
    private static object?[] TakeInputs(ReadOnlySpan<object?> inputs)
    {
        var args = t_inputs;
        if (args is null || args.Length != inputs.Length)
        {
            args = new object?[inputs.Length];
        }
        else
        {
            t_inputs = null;
        }

        if (inputs.Length == 1)
        {
            args[0] = inputs[0];
        }
        else
        {
            inputs.CopyTo(args);
        }

        return args;
    }

    /// <summary>Clears the inputs array (the thread must not keep the inputs alive) and gives it back to the thread.</summary>
    private static void ReturnInputs(object?[] args)
    {
        if (args.Length == 1)
        {
            args[0] = null;
        }
        else
        {
            Array.Clear(args);
        }

        t_inputs = args;
    }

    /// <summary>The calling thread's outcome bytes, at least <paramref name="length"/> long, taken out for the call.</summary>
    private static byte[] TakeSlots(int length)
    {
        var slots = t_slots;
        if (slots is null || slots.Length < length)
        {
            return new byte[Math.Max(length, 64)];
        }

        t_slots = null;
        return slots;
    }

    /// <summary>Top-level rule i is slot i, and a slot's byte is its <see cref="RuleOutcome"/> + 1: so, 16 at a time, minus one.</summary>
    private static void CopyOutcomes(ReadOnlySpan<byte> slots, Span<byte> outcomes)
    {
        var i = 0;
        for (; i <= slots.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
        {
            (Vector128.Create(slots[i..]) - Vector128<byte>.One).CopyTo(outcomes[i..]);
        }

        for (; i < slots.Length; i++)
        {
            outcomes[i] = (byte)(slots[i] - 1);
        }
    }
}
