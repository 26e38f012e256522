using System.Runtime.InteropServices;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>What the walker's missing mode found for one node: its value or truth, and the input paths that made it missing or Unknown.</summary>
/// <param name="Value">The value (boxed; null when missing); null for a condition.</param>
/// <param name="Truth">The truth of a condition; null for a value.</param>
/// <param name="Missing">The input paths that made the node missing or Unknown, distinct, in reading order; empty when present.</param>
internal readonly record struct MissingPaths(object? Value, Truth? Truth, IReadOnlyList<string> Missing)
{
    public bool IsMissing => Truth is null ? Value is null : Truth == Rules.Truth.Unknown;

    /// <summary>The value of a boolean part as a nullable bool, so conditions can be compared and chosen like values.</summary>
    public object? AsValue => Truth is { } truth ? truth == Rules.Truth.Unknown ? null : truth == Rules.Truth.True : Value;
}

/// <summary>
/// The walker's missing mode: the missing-input list of a rule (<see cref="ExpressionExplainer.MissingInputs"/>),
/// the same paths as <see cref="ExplainMode"/> finds, merged the same way, without a record per node or its operands.
/// </summary>
/// <remarks>
/// Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly, whose missing inputs read every Unknown verdict
/// rule's list. Over all 256 of that benchmark's cases on one thread (GC.GetAllocatedBytesForCurrentThread, 2026-12-05),
/// the missing inputs of the three assessments allocated 41,468 B per case with explanation records and 10,544 B with
/// this mode, and the whole verdicts-only evaluation 126,628 B before and 83,373 B after; BenchmarkDotNet measured
/// 83,618 B after (EngineVerdictsOnly with missing data, short job; the README's earlier runs measured 111–128 KB).
/// </remarks>
internal readonly struct MissingMode(Dictionary<(BoundExpression Value, bool AsTruth), MissingPaths>? kept) : IWalkMode<MissingPaths>
{
    private static readonly IReadOnlyList<string> None = [];

    public bool KeepsOperands => true;

    public bool CanBeSymbolic => false;

    /// <summary>A walker in this mode over the inputs (three-valued).</summary>
    /// <param name="args">The inputs.</param>
    /// <param name="kept">
    /// Parameter results kept from earlier walks over the same inputs, or null: a workflow's global parameters (such as
    /// a structural indication that a dozen rules test) are walked once per case instead of once per rule.
    /// </param>
    public static ExpressionWalker<MissingMode, MissingPaths> Walker(object?[] args, Dictionary<(BoundExpression Value, bool AsTruth), MissingPaths>? kept = null) =>
        new(args, TruthMode.ThreeValued, new MissingMode(kept));

    /// <summary>A store for <see cref="Walker"/>'s kept parameter results.</summary>
    public static Dictionary<(BoundExpression Value, bool AsTruth), MissingPaths> NewKept() => new(ParameterKeyComparer.Instance);

    public Presence PresenceOf(in MissingPaths result) => result.IsMissing ? Presence.Missing : Presence.Present;

    public object? ValueOf(in MissingPaths result) => result.AsValue;

    public MissingPaths Constant(BoundConstant node) => Make(node, node.Value, None);

    public MissingPaths Read(ExpressionWalker walker, BoundExpression node, object? value) =>
        Make(node, value, value is null ? [walker.PathOf(node)!] : None);

    public MissingPaths MemberOfMissing(ExpressionWalker walker, BoundMember node, in MissingPaths target) =>
        Make(node, null, target.Missing.Count > 0 ? target.Missing : [node.Target.Text]);

    public MissingPaths Unparsed(ExpressionWalker walker, BoundStringCall node, in MissingPaths text) =>
        Make(node, null, walker.PathOf(node) is { } path ? [path] : None);

    public bool TryKept(BoundExpression value, bool asTruth, out MissingPaths result)
    {
        result = default;
        return kept is not null && kept.TryGetValue((value, asTruth), out result);
    }

    public void Keep(BoundExpression value, bool asTruth, in MissingPaths result)
    {
        if (kept is not null)
        {
            kept[(value, asTruth)] = result;
        }
    }

    public MissingPaths Parameter(BoundParameter node, in MissingPaths inner) => inner;

    public MissingPaths Convert(BoundConvert node, object? value, in MissingPaths operand) => operand with { Value = value };

    public MissingPaths Value(BoundExpression node, object? value, in MissingPaths operand) => Make(node, value, Merge(operand));

    public MissingPaths Value(BoundExpression node, object? value, in MissingPaths left, in MissingPaths right) => Make(node, value, Merge(left, right));

    public MissingPaths Value(BoundExpression node, object? value, List<MissingPaths>? operands) => Make(node, value, Merge(CollectionsMarshal.AsSpan(operands)));

    public MissingPaths Chosen(BoundExpression node, in MissingPaths decided, in MissingPaths chosen) => Make(node, chosen.AsValue, chosen.Missing);

    public MissingPaths Truth(BoundExpression node, Truth truth, in MissingPaths operand) =>
        new(null, truth, truth == Rules.Truth.Unknown ? Merge(operand) : None);

    public MissingPaths Truth(BoundExpression node, Truth truth, in MissingPaths left, in MissingPaths right) =>
        new(null, truth, truth == Rules.Truth.Unknown ? Merge(left, right) : None);

    public MissingPaths Truth(BoundExpression node, Truth truth, List<MissingPaths>? operands) =>
        new(null, truth, truth == Rules.Truth.Unknown ? Merge(CollectionsMarshal.AsSpan(operands)) : None);

    public MissingPaths MissingAsCondition(in MissingPaths value, Truth missingTruth) =>
        missingTruth == Rules.Truth.Unknown ? value : value with { Value = null, Truth = missingTruth, Missing = None };

    public MissingPaths AbsenceTestOperand(in MissingPaths operand) => operand;

    public MissingPaths Symbolic(BoundExpression node, in MissingPaths operand) => throw NoSymbols();

    public MissingPaths Symbolic(BoundExpression node, in MissingPaths left, in MissingPaths right) => throw NoSymbols();

    public MissingPaths Symbolic(BoundExpression node, in MissingPaths first, in MissingPaths second, in MissingPaths third) => throw NoSymbols();

    public MissingPaths Symbolic(BoundExpression node, List<MissingPaths> operands) => throw NoSymbols();

    public MissingPaths Logic(BoundBinary node, in MissingPaths left, in MissingPaths right) => throw NoSymbols();

    public MissingPaths Quantified(BoundCollectionCall node, Truth rest, List<MissingPaths> symbolicBodies) => throw NoSymbols();

    public MissingPaths Counted(BoundCollectionCall node, int known, List<MissingPaths> symbolicBodies) => throw NoSymbols();

    public MissingPaths Aggregated(BoundCollectionCall node, List<MissingPaths> values) => throw NoSymbols();

    public MissingPaths Picked(BoundCollectionCall node, List<(MissingPaths Body, MissingPaths Element)> chain, in MissingPaths rest) => throw NoSymbols();

    public MissingPaths SymbolicCollection(BoundCollectionCall node, in MissingPaths source) => throw NoSymbols();

    /// <summary>A value that may be missing: a boolean node's becomes its truth; missing ones carry the given paths (as <see cref="ExplainMode"/>).</summary>
    private static MissingPaths Make(BoundExpression node, object? value, IReadOnlyList<string> missing)
    {
        if (node.Type == typeof(bool))
        {
            var truth = value is bool b ? Kleene.Of(b) : Rules.Truth.Unknown;
            return new MissingPaths(null, truth, truth == Rules.Truth.Unknown ? missing : None);
        }

        return new MissingPaths(value, null, value is null ? missing : None);
    }

    /// <summary>The distinct missing paths of the operands that are missing or Unknown, in order of first appearance (as <see cref="ExplainMode"/>).</summary>
    private static IReadOnlyList<string> Merge(params ReadOnlySpan<MissingPaths> results)
    {
        IReadOnlyList<string>? first = null;
        List<string>? merged = null;
        foreach (var result in results)
        {
            if (result.Missing.Count == 0 || !result.IsMissing)
            {
                continue;
            }

            if (first is null)
            {
                first = result.Missing;
                continue;
            }

            if (merged is null)
            {
                // Room for both lists at once: a copy of the first alone grew again at the second's first new path.
                // Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: over the verdicts-only probe's 5,000
                // audit-cohort cases, 40,517 B allocated per case before, 40,067 B after (2026-12-06).
                merged = new List<string>(first.Count + result.Missing.Count);
                for (var i = 0; i < first.Count; i++)
                {
                    merged.Add(first[i]);
                }
            }

            // By index: a foreach over the interface boxes an enumerator, and this runs for most nodes of every walk.
            var missing = result.Missing;
            for (var i = 0; i < missing.Count; i++)
            {
                if (!merged.Contains(missing[i], StringComparer.Ordinal))
                {
                    merged.Add(missing[i]);
                }
            }
        }

        return merged ?? first ?? None;
    }

    private static InvalidOperationException NoSymbols() => new("Finding missing inputs never meets a symbolic value.");
}
