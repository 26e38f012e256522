using System.Text.Json;
using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules;

/// <summary>
/// A rule loaded, bound and checked: a condition over the inputs (a leaf), or a combination of child rules (an
/// <c>Operator</c>). Its condition is interpreted until its workflow's compiled tier takes over (see <see cref="CompiledWorkflow"/>).
/// </summary>
public sealed class CompiledRule
{
    private Func<object?[], Truth>? _predicate;
    private IReadOnlyList<string>? _inputPaths;
    private IReadOnlyList<string>? _absenceTestedPaths;
    private IReadOnlyList<string>? _valueReadPaths;

    /// <summary>The rule object's path, written out when asked: diagnostics alone read it (CompileScalingBenchmarks).</summary>
    private readonly Workflows.JsonPathRef _jsonPath;

    internal CompiledRule(string name, string workflowName, Workflows.SourceLocation location)
    {
        Name = name;
        WorkflowName = workflowName;
        SourceName = location.File;
        Line = location.Line;
        Column = location.Column;
        _jsonPath = location.Path;
    }

    /// <summary>Gets the rule's name (<c>RuleName</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the name of the workflow that declares the rule (which differs from the evaluated workflow for injected rules).</summary>
    public string WorkflowName { get; }

    /// <summary>Gets the condition's source text; <see langword="null"/> for a rule with an <c>Operator</c>.</summary>
    public string? Expression { get; internal init; }

    /// <summary>Gets the operator combining the child rules (And, AndAlso, Or, OrElse); <see langword="null"/> for a leaf.</summary>
    public string? Operator { get; internal init; }

    /// <summary>Gets the <c>SuccessEvent</c>, such as the verdict the rule supports.</summary>
    public string? SuccessEvent { get; internal init; }

    /// <summary>Gets the <c>ErrorMessage</c> template, with its <c>$(input.path)</c> placeholders unfilled.</summary>
    public string? ErrorMessage { get; internal init; }

    /// <summary>Gets the rule's free-form <c>Properties</c>; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement Properties { get; internal set; }

    /// <summary>Gets the enabled child rules, in order (their own, then those of rule-level <c>WorkflowsToInject</c>); empty for a leaf.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; internal set; } = [];

    /// <summary>Gets the member paths the condition can read, such as <c>patient.Age</c> or <c>imaging.Levels[].TranslationMm</c>.</summary>
    public IReadOnlyList<string> InputPaths => _inputPaths ??= Condition?.InputPaths ?? [];

    /// <summary>Gets the name of the source (file) that declares the rule.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the 1-based line of the rule object in its source.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the rule object in its source.</summary>
    public int Column { get; }

    /// <summary>Gets the JSON path of the rule object, such as <c>$[0].Rules[3]</c>.</summary>
    public string JsonPath => _jsonPath.ToString();

    internal bool IsAnd => Operator is "And" or "AndAlso";

    /// <summary>
    /// Gets the input paths an absence test reads (a null test such as <c>order.Discount == null</c>, the left of
    /// <c>??</c>), the child rules' included, each once, in reading order: where the rule itself decides what a missing
    /// value means, rather than reading it as unknown. An element of a collection is written with empty brackets
    /// (<c>order.Lines[].Discount</c>).
    /// </summary>
    /// <value>Empty when the rule tests nothing for absence.</value>
    public IReadOnlyList<string> AbsenceTestedPaths => _absenceTestedPaths ??= Condition is { } condition
        ? BoundInputPaths.AbsenceTested(condition)
        : [.. Rules.SelectMany(rule => rule.AbsenceTestedPaths).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Gets the input paths read other than by an absence test (compared, computed with, called), the child rules'
    /// included, each once, in reading order, written as <see cref="AbsenceTestedPaths"/> are: a missing one makes a
    /// comparison on it unknown.
    /// </summary>
    /// <value>Empty when the rule reads no input for its value (a constant condition).</value>
    public IReadOnlyList<string> ValueReadPaths => _valueReadPaths ??= Condition is { } condition
        ? BoundInputPaths.ReadForValue(condition)
        : [.. Rules.SelectMany(rule => rule.ValueReadPaths).Distinct(StringComparer.Ordinal)];

    internal BoundExpression? Condition { get; init; }

    internal TruthMode TruthMode { get; init; }

    /// <summary>Gets the condition compiled alone, on first use: only rule-by-rule evaluation needs it (a rule threw, an EvaluateRule action).</summary>
    internal Func<object?[], Truth>? Predicate => Condition is null ? null : _predicate ??= ExpressionCompiler.CompilePredicate(Condition, TruthMode);

    internal ErrorMessageTemplate? ErrorTemplate { get; init; }

    internal RuleAction? OnSuccess { get; init; }

    internal RuleAction? OnFailure { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{WorkflowName}/{Name}";
}
