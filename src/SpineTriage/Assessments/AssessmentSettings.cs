using SpineTriage.Citations;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>
/// One assessment workflow's <c>Properties.spinetriage</c> settings, read from its outline (so also when expressions
/// failed), with the rules it evaluates: its own, then those of the workflows it injects, in the engine's order.
/// </summary>
internal sealed record AssessmentSettings
{
    public required WorkflowOutline Outline { get; init; }

    public required string Assessment { get; init; }

    public required string Title { get; init; }

    /// <summary>The place in the report (<c>order</c>, ascending); <see cref="int.MaxValue"/> when not given.</summary>
    public required int Order { get; init; }

    /// <summary>The verdicts, most precedent first.</summary>
    public required IReadOnlyList<string> Verdicts { get; init; }

    public required string DefaultVerdict { get; init; }

    public required string DefaultReason { get; init; }

    /// <summary>Next steps per verdict (including <c>Incomplete</c>), by verdict name.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> NextSteps { get; init; }

    /// <summary>The top-level rules the workflow evaluates (own, then injected), as written.</summary>
    public required IReadOnlyList<Rule> Rules { get; init; }

    /// <summary>The pack's bibliography and thresholds, which rule texts are rendered with.</summary>
    public required PackTexts Texts { get; init; }

    /// <summary>The verdict a rule supports when its <c>SuccessEvent</c> is one of <see cref="Verdicts"/>, else null.</summary>
    public string? VerdictOf(Rule rule) =>
        rule.SuccessEvent is { } e && Verdicts.Contains(e, StringComparer.Ordinal) ? e : null;

    /// <summary>The definition the engine evaluates, once the rule set compiled.</summary>
    public AssessmentDefinition Bind(Workflow workflow)
    {
        var ruleVerdicts = workflow.Rules.Select(VerdictOf).ToArray();
        return new AssessmentDefinition
        {
            Settings = this,
            Workflow = workflow,
            Annotations = workflow.Rules.Select(rule => RuleAnnotations.Of(rule, Texts)).ToArray(),
            RuleVerdicts = ruleVerdicts,
        };
    }
}
