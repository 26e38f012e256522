using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>What the stages of one load share: options, the diagnostics found so far, and links to resolve once every workflow is compiled.</summary>
internal sealed class LoadContext
{
    public LoadContext(RuleSetOptions options, RuleInput[] inputs)
    {
        Options = options;
        Inputs = inputs;
        TruthMode = options.TwoValuedLogic ? TruthMode.TwoValued : TruthMode.ThreeValued;
        Binder = new LocatedExpressionBinder(ExpressionLimitsOf(options.Limits), Diagnostics);
    }

    public RuleSetOptions Options { get; }

    private static ExpressionLimits ExpressionLimitsOf(RuleLimits limits) => new(
        limits.MaxExpressionLength, limits.MaxExpressionDepth, limits.MaxExpandedExpressionSize, limits.MaxExpandedExpressionDepth, limits.MaxStringLength);

    public RuleInput[] Inputs { get; }

    public TruthMode TruthMode { get; }

    public DiagnosticList Diagnostics { get; } = new(DiagnosticCodes.MoreProblems);

    public LocatedExpressionBinder Binder { get; }

    public HashSet<string> UsedOverrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the workflow-level WorkflowsToInject of each compiled workflow.</summary>
    public Dictionary<Workflow, IReadOnlyList<LocatedString>> WorkflowInjections { get; } = [];

    /// <summary>Gets the rule-level WorkflowsToInject of composite rules, with their own children and declaring workflow.</summary>
    public List<RuleInjection> RuleInjections { get; } = [];

    /// <summary>Gets the EvaluateRule actions to resolve, with the rule that owns them.</summary>
    public List<PendingEvaluateRule> EvaluateRuleActions { get; } = [];

    public bool HasErrors => Diagnostics.HasErrors;
}

/// <summary>A composite rule whose children are completed by injected workflows' rules.</summary>
internal sealed record RuleInjection(Rule Rule, Workflow DeclaringWorkflow, IReadOnlyList<Rule> OwnChildren, IReadOnlyList<LocatedString> WorkflowNames);

/// <summary>An EvaluateRule action waiting for its target to be resolved.</summary>
internal sealed record PendingEvaluateRule(EvaluateRuleAction Action, Rule Owner, SourceLocation Location);
