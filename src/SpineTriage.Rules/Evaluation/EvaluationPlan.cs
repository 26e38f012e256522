using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Interpretation;
namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// A workflow's rule tree flattened into slots so an evaluation writes one byte per rule into one array (the top-level
/// rules first, in order, so that slot i is top-level rule i; then the nested rules, each subtree in pre-order):
/// no locks, no LINQ, no per-call compilation. Two tiers: at first each rule is walked by the <see cref="ExpressionWalker{TMode, TResult}"/> in its evaluate mode,
/// rule by rule, each in its own try/catch (nothing is built or compiled at load); after some evaluations the whole
/// tree, built into a few lambdas (<see cref="PlanCompiler"/>) and JIT-compiled in the background (<see cref="TieredChunks"/>),
/// runs allocating nothing beyond the array. If anything throws there, the evaluation is redone rule by rule, each rule
/// alone in a try/catch, so that only the failing rules are Unknown.
/// </summary>
internal sealed partial class EvaluationPlan
{
    /// <summary>The outcome byte of a slot that was not evaluated (a child skipped in Performance mode).</summary>
    public const byte NotEvaluated = 0;

    /// <summary>The AppContext switch that turns the whole-workflow lambdas off (rule-by-rule evaluation only): a diagnostic and the benchmark gate's deliberate slowdown.</summary>
    public const string RuleByRuleSwitch = "SpineTriage.Rules.RuleByRuleEvaluation";

    private readonly TieredChunks? _chunks;
    private readonly bool[] _isAnd;
    private readonly bool _stopAtDecisiveChild;
    private readonly TruthMode _truthMode;
    private readonly Truth _truthOnException;

    public EvaluationPlan(IReadOnlyList<Rule> topLevel, NestedRuleExecutionMode mode, bool twoValued, Action<Exception>? tierUpFailed = null)
    {
        // Arrays of the exact size, filled in place: growing lists and copying them made large arrays twice over for a
        // large rule set (CompileScalingBenchmarks).
        var slots = topLevel.Count;
        for (var i = 0; i < topLevel.Count; i++)
        {
            slots += Descendants(topLevel[i]);
        }

        var rules = new Rule[slots];
        var children = new int[slots][];
        TopLevelCount = topLevel.Count;
        for (var i = 0; i < topLevel.Count; i++)
        {
            rules[i] = topLevel[i];
        }

        var next = topLevel.Count;
        for (var i = 0; i < topLevel.Count; i++)
        {
            children[i] = AddChildren(topLevel[i], rules, children, ref next);
        }

        Rules = rules;
        Children = children;
        _isAnd = new bool[Rules.Length];
        for (var slot = 0; slot < Rules.Length; slot++)
        {
            _isAnd[slot] = Rules[slot].IsAnd;
        }

        _stopAtDecisiveChild = mode == NestedRuleExecutionMode.Performance;

        // RulesEngine reports a rule that throws as failed; in three-valued logic we cannot know, so it is Unknown.
        _truthOnException = twoValued ? Truth.False : Truth.Unknown;
        _truthMode = twoValued ? TruthMode.TwoValued : TruthMode.ThreeValued;
        TierUpFailed = tierUpFailed;
        _chunks = AppContext.TryGetSwitch(RuleByRuleSwitch, out var ruleByRule) && ruleByRule
            ? null
            : new TieredChunks(BuildChunks, tierUpFailed);
    }

    /// <summary>Gets what the second tier tells when it cannot be made (<see cref="RuleSetOptions.TierUpFailed"/> with the workflow's name), or null.</summary>
    public Action<Exception>? TierUpFailed { get; }

    /// <summary>Gets the number of compiled chunk lambdas (zero before the tier-up, or when evaluating rule by rule).</summary>
    public int ChunkCount => _chunks?.Count ?? 0;

    /// <summary>Gets a value indicating whether the chunks run JIT-compiled (else the rules are interpreted, or evaluated rule by rule).</summary>
    public bool IsCompiled => _chunks?.IsCompiled ?? false;

    /// <summary>Builds and JIT-compiles the chunks now instead of after <see cref="TieredChunks.TierUpAfter"/> evaluations.</summary>
    public void CompileNow() => _chunks?.CompileNow();

    /// <summary>Does the tier-up's work now, on this thread: the chunks' code for present inputs (the code for a missing input waits until needed).</summary>
    public void TierUpNow() => _chunks?.Compile(anyInputsToo: false);

    /// <summary>The whole tree as chunk lambdas, built afresh (the second tier; tests compile them on their own).</summary>
    public PlanChunk[] BuildChunks() => new PlanCompiler(this, _truthMode, _stopAtDecisiveChild).Build();

    /// <summary>Gets the rule of each slot.</summary>
    public Rule[] Rules { get; }

    /// <summary>Gets the child slots of each slot.</summary>
    public int[][] Children { get; }

    /// <summary>Gets the number of top-level rules: top-level rule i is slot i.</summary>
    public int TopLevelCount { get; }

    /// <summary>Evaluates every top-level rule; outcomes[slot] = Truth + 1, or <see cref="NotEvaluated"/>.</summary>
    public byte[] EvaluateAll(object?[] args, ref string?[]? exceptions)
    {
        var outcomes = new byte[Rules.Length];
        EvaluateAll(args, outcomes, ref exceptions);
        return outcomes;
    }

    /// <summary>
    /// Evaluates every top-level rule into <paramref name="outcomes"/> (at least <see cref="Rules"/> long, any content):
    /// every top-level slot is written; a nested slot is written, or left as it was when skipped in Performance mode.
    /// </summary>
    public void EvaluateAll(object?[] args, byte[] outcomes, ref string?[]? exceptions)
    {
        if (_chunks is null)
        {
            EvaluateTopLevel(args, null, outcomes, ref exceptions);
            return;
        }

        try
        {
            if (_chunks.TryRun(args, outcomes))
            {
                return;
            }
        }
        catch (Exception)
        {
            // A host getter or arithmetic overflow in some rule: redo rule by rule so that only that rule is Unknown,
            // from a clean array (the chunks may have written some slots that a Performance-mode redo skips).
            Array.Clear(outcomes);
            EvaluateTopLevel(args, null, outcomes, ref exceptions);
            return;
        }

        EvaluateTopLevel(args, EvaluateMode.Walker(args, _truthMode), outcomes, ref exceptions);
    }

    /// <summary>Runs the compiled chunks; null when anything threw (a host getter, arithmetic overflow) or they are not compiled.</summary>
    public byte[]? TryEvaluateCompiled(object?[] args)
    {
        if (_chunks is null || !_chunks.IsCompiled)
        {
            return null;
        }

        var outcomes = new byte[Rules.Length];
        try
        {
            return _chunks.TryRun(args, outcomes) ? outcomes : null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>Evaluates every top-level rule alone with its compiled predicate, each in its own try/catch, so that only the failing rules are Unknown.</summary>
    public byte[] EvaluateRuleByRule(object?[] args, ref string?[]? exceptions) => EvaluateTopLevel(args, null, ref exceptions);

    /// <summary>The first tier: every top-level rule walked in the walker's evaluate mode, each in its own try/catch.</summary>
    public byte[] EvaluateInterpreted(object?[] args, ref string?[]? exceptions) => EvaluateTopLevel(args, EvaluateMode.Walker(args, _truthMode), ref exceptions);

    /// <summary>Evaluates one slot's subtree only (for EvaluateRule actions), interpreted until the chunks are compiled.</summary>
    public byte[] EvaluateOne(int slot, object?[] args, ref string?[]? exceptions)
    {
        var outcomes = new byte[Rules.Length];
        var walker = _chunks is { IsCompiled: false } ? EvaluateMode.Walker(args, _truthMode) : null;
        Evaluate(slot, args, walker, outcomes, ref exceptions);
        return outcomes;
    }

    private byte[] EvaluateTopLevel(object?[] args, ExpressionWalker<EvaluateMode, object?>? walker, ref string?[]? exceptions)
    {
        var outcomes = new byte[Rules.Length];
        EvaluateTopLevel(args, walker, outcomes, ref exceptions);
        return outcomes;
    }

    private void EvaluateTopLevel(object?[] args, ExpressionWalker<EvaluateMode, object?>? walker, byte[] outcomes, ref string?[]? exceptions)
    {
        for (var slot = 0; slot < TopLevelCount; slot++)
        {
            Evaluate(slot, args, walker, outcomes, ref exceptions);
        }
    }

    /// <summary>Gives the rule's children the next slots, each child's own subtree following it (pre-order), and returns the children's slots.</summary>
    private static int[] AddChildren(Rule rule, Rule[] rules, int[][] children, ref int next)
    {
        // A leaf shares the empty array (CompileScalingBenchmarks: an array per rule is kept as long as the plan).
        int[] childSlots = rule.Rules.Count == 0 ? [] : new int[rule.Rules.Count];
        for (var i = 0; i < childSlots.Length; i++)
        {
            var slot = next++;
            rules[slot] = rule.Rules[i];
            childSlots[i] = slot;
            children[slot] = AddChildren(rule.Rules[i], rules, children, ref next);
        }

        return childSlots;
    }

    /// <summary>The number of rules below a rule, at any depth.</summary>
    private static int Descendants(Rule rule)
    {
        var count = rule.Rules.Count;
        for (var i = 0; i < rule.Rules.Count; i++)
        {
            count += Descendants(rule.Rules[i]);
        }

        return count;
    }
}
