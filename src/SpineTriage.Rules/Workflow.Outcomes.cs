using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SpineTriage.Rules.Evaluation;

namespace SpineTriage.Rules;

/// <summary>Outcomes-only evaluation into the caller's buffer.</summary>
public sealed partial class Workflow
{
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
        if (_readsJson)
        {
            inputs = ReadDynamic(inputs);
        }

        CheckInputs(inputs);
        var count = _plan.TopLevelCount;
        if (outcomes.Length < count)
        {
            ThrowOutcomesTooShort(count, outcomes.Length);
        }

        var scratch = ThreadScratch.Take(inputs, _plan.Rules.Length);
        string?[]? exceptions = null;
        _plan.EvaluateAll(scratch.Args, scratch.Slots, ref exceptions);
        CopyOutcomes(scratch.Slots.AsSpan(0, count), MemoryMarshal.AsBytes(outcomes));
        scratch.Return();
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutcomesTooShort(int count, int length) =>
        throw new ArgumentException($"Workflow '{Name}' has {count} top-level rule(s), but the outcomes span holds {length}.", "outcomes");

    /// <summary>Top-level rule i is slot i, and a slot's byte is its <see cref="RuleOutcome"/> + 1: so, 16 (then 8) at a time, minus one.</summary>
    private static void CopyOutcomes(ReadOnlySpan<byte> slots, Span<byte> outcomes)
    {
        var i = 0;
        for (; i <= slots.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
        {
            (Vector128.Create(slots[i..]) - Vector128<byte>.One).CopyTo(outcomes[i..]);
        }

        if (i <= slots.Length - sizeof(ulong))
        {
            // Eight more at once: every top-level byte is at least 1, so no byte borrows from the next.
            MemoryMarshal.Write(outcomes[i..], MemoryMarshal.Read<ulong>(slots[i..]) - 0x0101_0101_0101_0101UL);
            i += sizeof(ulong);
        }

        for (; i < slots.Length; i++)
        {
            outcomes[i] = (byte)(slots[i] - 1);
        }
    }
}
