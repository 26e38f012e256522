using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules;

/// <summary>The outcome of every rule of one workflow evaluation; details are computed on access from the retained inputs.</summary>
public sealed class WorkflowResult
{

    private readonly object? _singleInput;
    private object?[]? _args;

    /// <summary>
    /// What details are computed into, made on the first one: the evaluation itself allocates the result with as few
    /// fields as it needs. Shown by DefaultPackEvaluationBenchmarks.EngineAll (three results per case): with these three
    /// as fields of the result, 456 B allocated per case, with them here 408 B (GC.GetAllocatedBytesForCurrentThread over
    /// the benchmark's 256 complete cases, 2026-12-05; BenchmarkDotNet measured 416 B before).
    /// </summary>
    private Details? _details;

    [ThreadStatic]
    private static KeptMissingStore? t_keptMissing;

    /// <param name="workflow">The evaluated workflow.</param>
    /// <param name="args">The inputs, in an array nobody changes; null when the workflow has one input, given as <paramref name="singleInput"/>.</param>
    /// <param name="singleInput">The one input, when <paramref name="args"/> is null.</param>
    /// <param name="outcomes">Each slot's outcome byte.</param>
    /// <param name="exceptions">Each slot's exception message, or null when nothing threw.</param>
    internal WorkflowResult(Workflow workflow, object?[]? args, object? singleInput, byte[] outcomes, string?[]? exceptions)
    {
        // As few reference stores as possible (each is a GC write barrier on the evaluation path).
        Workflow = workflow;
        if (args is not null)
        {
            _args = args;
        }
        else
        {
            _singleInput = singleInput;
        }

        Outcomes = outcomes;
        if (exceptions is not null)
        {
            Exceptions = exceptions;
        }
    }

    /// <summary>Gets the workflow that was evaluated.</summary>
    public Workflow Workflow { get; }

    /// <summary>Gets one result per <see cref="Workflow.Rules"/> entry, in the same order.</summary>
    public IReadOnlyList<RuleResult> Results => Lazy.Results ??= MakeResults();

    /// <summary>Gets the inputs, for details computed on access (a single input gets its array then, not per evaluation).</summary>
    internal object?[] Args => _args ??= [_singleInput];

    /// <summary>Gets the outcome of one top-level rule without creating its <see cref="RuleResult"/> (the allocation-free read).</summary>
    /// <param name="index">The rule's index in <see cref="Workflow.Rules"/> (and in <see cref="Results"/>).</param>
    /// <returns>Whether the rule was Met, NotMet or Unknown.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Workflow.Rules"/>.</exception>
    public RuleOutcome OutcomeOf(int index) => (RuleOutcome)(Outcomes[TopLevelSlot(index)] - 1);

    /// <summary>Gets the result of one top-level rule, creating only that rule's <see cref="RuleResult"/> (same object as in <see cref="Results"/>).</summary>
    /// <param name="index">The rule's index in <see cref="Workflow.Rules"/> (and in <see cref="Results"/>).</param>
    /// <returns>The rule's result, with its details computed on access.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Workflow.Rules"/>.</exception>
    public RuleResult ResultOf(int index) => ResultAt(TopLevelSlot(index));

    internal byte[] Outcomes { get; }

    internal string?[]? Exceptions { get; }

    internal EvaluationPlan Plan => Workflow.Plan;

    /// <summary>Finds the result of a rule by name, top-level or nested (case-insensitive).</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns>The result, or <see langword="null"/> when no evaluated rule has that name.</returns>
    public RuleResult? Find(string ruleName)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        var rules = Plan.Rules;
        for (var slot = 0; slot < rules.Length; slot++)
        {
            if (Outcomes[slot] != EvaluationPlan.NotEvaluated && string.Equals(rules[slot].Name, ruleName, StringComparison.OrdinalIgnoreCase))
            {
                return ResultAt(slot);
            }
        }

        return null;
    }

    /// <summary>The result view of a slot, created once (a benign race may create two equal views).</summary>
    internal RuleResult ResultAt(int slot)
    {
        var views = Lazy.Views ??= new RuleResult?[Outcomes.Length];
        return views[slot] ??= new RuleResult(this, slot);
    }

    /// <summary>
    /// The missing inputs of an Unknown condition over this result's inputs. Parameter results are kept between the
    /// rules of the result, so a global parameter that many rules test is walked once.
    /// </summary>
    /// <remarks>
    /// Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly, which reads the missing inputs of every Unknown
    /// verdict rule: a workflow's shared condition (three walks over an input's collection) was walked again
    /// for each of the dozen rules that test it. The kept results live in one store per thread, cleared when the thread
    /// walks another result's rules: a store per result was a tenth of the verdicts-only evaluation's allocation (3.1 KB
    /// of 29 KB per case, its growing entry arrays, over the per-case probe's cases near the median).
    /// </remarks>
    internal IReadOnlyList<string> MissingInputsOf(BoundExpression condition)
    {
        var store = t_keptMissing ??= new KeptMissingStore();
        if (store.Busy)
        {
            // A walk on this thread is under way (a host function that evaluates rules while it is read): a store of its own.
            return ExpressionExplainer.MissingInputs(condition, Args, MissingMode.NewKept());
        }

        store.Busy = true;
        try
        {
            return ExpressionExplainer.MissingInputsWith(condition, Args, store.WalkerFor(this));
        }
        finally
        {
            store.Busy = false;
        }
    }

    /// <summary>The residual of a slot's rule, settled (see <see cref="ResidualSession.Settle"/>).</summary>
    internal ResidualCondition ResidualOf(int slot) => ResidualSession.Settle(session => Residualise(slot, session), null, out _);

    /// <summary>The residual of a slot's rule in a session: a leaf's condition partially evaluated, an Operator rule's children (all of them) combined.</summary>
    internal ResidualCondition Residualise(int slot, ResidualSession session)
    {
        var rule = Plan.Rules[slot];
        if (rule.Condition is { } condition)
        {
            return session.Residualise(condition, Args);
        }

        var children = Plan.Children[slot];
        var parts = new ResidualCondition[children.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Residualise(children[i], session);
        }

        return ResidualCondition.Combine(rule.IsAnd, parts);
    }

    /// <summary>Top-level rule i is slot i (see <see cref="EvaluationPlan"/>); checks that <paramref name="index"/> is one.</summary>
    private int TopLevelSlot(int index)
    {
        var count = Workflow.Plan.TopLevelCount;
        if ((uint)index >= (uint)count)
        {
            ThrowNotATopLevelIndex(index, count);
        }

        return index;
    }

    /// <summary>Kept out of <see cref="TopLevelSlot"/> so that the outcome read inlines into a verdict resolver's loop.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void ThrowNotATopLevelIndex(int index, int count) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"Workflow '{Workflow.Name}' has {count} top-level rule(s); the index must be from 0 to {count - 1}.");

    private RuleResult[] MakeResults()
    {
        // Top-level rule i is slot i; with no nested rules, the views are the results.
        var count = Plan.TopLevelCount;
        var results = count == Outcomes.Length ? null : new RuleResult[count];
        for (var slot = 0; slot < count; slot++)
        {
            var view = ResultAt(slot);
            if (results is not null)
            {
                results[slot] = view;
            }
        }

        return results ?? (RuleResult[])(object)Lazy.Views!;
    }

    private Details Lazy => _details ?? Interlocked.CompareExchange(ref _details, new Details(), null) ?? _details;

    private sealed class Details
    {
        public RuleResult?[]? Views;
        public IReadOnlyList<RuleResult>? Results;
    }

    /// <summary>
    /// The parameter results a thread's missing-input walks keep (<see cref="MissingInputsOf"/>), for one result at a
    /// time: its owner is held weakly, so a result (and its case) is not kept alive by the thread that last walked it.
    /// </summary>
    private sealed class KeptMissingStore
    {
        /// <summary>Above this many kept results the store is replaced rather than cleared (clearing costs its capacity).</summary>
        private const int MaxKeptToClear = 256;

        private readonly WeakReference<WorkflowResult?> _owner = new(null);
        private Dictionary<(BoundExpression Value, bool AsTruth), MissingPaths> _kept = MissingMode.NewKept();

        /// <summary>
        /// The thread's walker over <see cref="_kept"/>, restarted for each rule and released after it, instead of a
        /// walker per rule (shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly, with the residual session's
        /// kept walker: see <see cref="ResidualSession"/>).
        /// </summary>
        private ExpressionWalker<MissingMode, MissingPaths>? _walker;

        /// <summary>Gets or sets whether a walk on this thread is using the store.</summary>
        public bool Busy { get; set; }

        /// <summary>The walker for a result's rules, over the parameter results kept for it (cleared when the result is not the one they were kept for).</summary>
        public ExpressionWalker<MissingMode, MissingPaths> WalkerFor(WorkflowResult result)
        {
            if (!_owner.TryGetTarget(out var owner) || !ReferenceEquals(owner, result))
            {
                if (_kept.Count > MaxKeptToClear)
                {
                    _kept = MissingMode.NewKept();
                    _walker = null;
                }
                else
                {
                    _kept.Clear();
                }

                _owner.SetTarget(result);
            }

            return _walker ??= MissingMode.Walker([], _kept);
        }
    }
}
