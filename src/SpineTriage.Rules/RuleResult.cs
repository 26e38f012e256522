using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules;

/// <summary>The outcome of one rule in one evaluation; missing inputs, messages, actions and explanations are computed on access.</summary>
public sealed class RuleResult
{
    private readonly WorkflowResult _owner;
    private readonly int _slot;
    private Details? _details; // created on first access to a lazy detail, so that a view is 48 bytes

    /// <summary>
    /// The missing inputs, on the view itself: exact reasoning and the verdicts-only result read them for every Unknown
    /// verdict rule and nothing else of most views. Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: a
    /// details object per such view was 890 B of 23,497 B allocated per case over the per-case probe's cases near the median.
    /// </summary>
    private IReadOnlyList<string>? _missingInputs;

    internal RuleResult(WorkflowResult owner, int slot)
    {
        _owner = owner;
        _slot = slot;
    }

    /// <summary>Gets the rule.</summary>
    public Rule Rule => _owner.Plan.Rules[_slot];

    /// <summary>Gets whether the rule was Met, NotMet or Unknown (it read missing data, or failed at run time).</summary>
    public RuleOutcome Outcome => (RuleOutcome)(_owner.Outcomes[_slot] - 1);

    /// <summary>Gets a value indicating whether the outcome is <see cref="RuleOutcome.Met"/>.</summary>
    public bool IsSuccess => Outcome == RuleOutcome.Met;

    /// <summary>Gets the results of the evaluated child rules (in Performance mode, only those evaluated); empty for a leaf.</summary>
    public IReadOnlyList<RuleResult> ChildResults => Lazy.Children ??= MakeChildren();

    /// <summary>Gets, when Unknown, the distinct input paths read as missing, such as <c>order.Lines[1].Discount</c>; otherwise empty.</summary>
    public IReadOnlyList<string> MissingInputs => Outcome == RuleOutcome.Unknown ? _missingInputs ??= CollectMissingInputs() : [];

    /// <summary>
    /// Gets, when Unknown, the residual condition: the condition with every known value substituted and simplified,
    /// over the missing inputs only, as it stands once they are filled in (a null test or <c>??</c> on one of them reads
    /// it as filled in); otherwise <see langword="null"/>. Computed on first access; never throws (see
    /// <see cref="ResidualCondition.UnavailableReason"/>).
    /// </summary>
    public ResidualCondition? Residual => Outcome == RuleOutcome.Unknown ? Lazy.Residual ??= _owner.ResidualOf(_slot) : null;

    /// <summary>Gets the rule's <c>ErrorMessage</c> with its placeholders filled when the rule is not Met; <see langword="null"/> when Met or without a message.</summary>
    public string? ErrorMessage => Outcome == RuleOutcome.Met ? null : Rule.ErrorTemplate?.Format(_owner.Args);

    /// <summary>Gets the run-time failure (such as arithmetic overflow) that made the rule Unknown, or <see langword="null"/>.</summary>
    public string? ExceptionMessage => _owner.Exceptions?[_slot];

    /// <summary>Gets the result of the OnSuccess action when Met, of the OnFailure action when NotMet; <see langword="null"/> when Unknown or without an action.</summary>
    public ActionResult? ActionResult
    {
        get
        {
            var action = Outcome switch
            {
                RuleOutcome.Met => Rule.OnSuccess,
                RuleOutcome.NotMet => Rule.OnFailure,
                _ => null,
            };
            if (action is null)
            {
                return null;
            }

            var details = Lazy;
            if (!details.ActionRun)
            {
                details.ActionResult = action.Run(_owner.Args);
                details.ActionRun = true;
            }

            return details.ActionResult;
        }
    }

    /// <summary>Explains the outcome operand by operand (the slow path: the condition is evaluated again by the tree walker).</summary>
    /// <returns>The explanation of the condition, or of the operator over the child rules' explanations.</returns>
    public ConditionExplanation Explain()
    {
        var rule = Rule;
        if (rule.Condition is { } condition)
        {
            return ExpressionExplainer.Explain(condition, _owner.Args, _owner.Workflow.TruthMode);
        }

        var operands = new List<ConditionExplanation>();
        foreach (var child in ChildResults)
        {
            operands.Add(child.Explain());
        }

        var text = rule.Operator is null ? rule.Name : $"{rule.Operator} of the rules of '{rule.Name}'";
        return new ConditionExplanation(text, Outcome, null, null, operands);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Rule.Name}: {Outcome}";

    private Details Lazy => _details ??= new Details();

    private RuleResult[] MakeChildren()
    {
        var childSlots = _owner.Plan.Children[_slot];
        var count = 0;
        foreach (var child in childSlots)
        {
            count += _owner.Outcomes[child] != EvaluationPlan.NotEvaluated ? 1 : 0;
        }

        var children = new RuleResult[count];
        var next = 0;
        foreach (var child in childSlots)
        {
            if (_owner.Outcomes[child] != EvaluationPlan.NotEvaluated)
            {
                children[next++] = _owner.ResultAt(child);
            }
        }

        return children;
    }

    private IReadOnlyList<string> CollectMissingInputs()
    {
        if (Rule.Condition is { } condition)
        {
            return ExceptionMessage is null ? _owner.MissingInputsOf(condition) : [];
        }

        var paths = new List<string>();
        foreach (var child in ChildResults)
        {
            var childInputs = child.MissingInputs;
            for (var k = 0; k < childInputs.Count; k++)
            {
                var path = childInputs[k];
                if (!paths.Contains(path))
                {
                    paths.Add(path);
                }
            }
        }

        return paths;
    }

    /// <summary>The details computed on access (a benign race may compute one twice, with equal results).</summary>
    private sealed class Details
    {
        public IReadOnlyList<RuleResult>? Children { get; set; }

        public ResidualCondition? Residual { get; set; }

        public ActionResult? ActionResult { get; set; }

        public bool ActionRun { get; set; }
    }
}
