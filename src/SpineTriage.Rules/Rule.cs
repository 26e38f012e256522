using System.Text.Json;
using SpineTriage.Rules.Evaluation;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules;

/// <summary>
/// A rule loaded, bound and checked: a condition over the inputs (a leaf), or a combination of child rules (an
/// <c>Operator</c>). Its condition is interpreted until its workflow's compiled tier takes over (see <see cref="Workflow"/>).
/// </summary>
/// <remarks>
/// What most rules lack (an operator and children, a success event, an error message, Properties, actions) lives in
/// a <see cref="RuleDetails"/> made only for a rule that has one, and what is worked out on first use (the
/// path lists, the predicate) in a <see cref="RuleCache"/> made on that use: a plain rule is 104 bytes rather
/// than 200, which the GC copies from generation to generation while a large set loads (CompileScalingBenchmarks.Load,
/// 10,000 rules: 885 B kept and 1,910 B allocated per rule before, 782 B and 1,807 B after).
/// </remarks>
public sealed class Rule
{
    private RuleDetails? _details;
    private RuleCache? _cache;

    /// <summary>The rule object's path (its parts; a rule's path has no property), written out when asked: diagnostics alone read it (CompileScalingBenchmarks).</summary>
    private readonly string _pathBase;
    private readonly int _pathIndex;

    internal Rule(string name, string workflowName, string? sourceName, int line, int column, Workflows.JsonPathRef path)
    {
        Name = name;
        WorkflowName = workflowName;
        SourceName = sourceName;
        Line = line;
        Column = column;
        var (pathBase, pathIndex) = path.Property is null ? (path.Base, path.Index) : (path.ToString(), -1);
        _pathBase = pathBase;
        _pathIndex = pathIndex;
    }

    /// <summary>Gets the rule's name (<c>RuleName</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the name of the workflow that declares the rule (which differs from the evaluated workflow for injected rules).</summary>
    public string WorkflowName { get; }

    /// <summary>Gets the condition's source text; <see langword="null"/> for a rule with an <c>Operator</c>.</summary>
    public string? Expression { get; internal init; }

    /// <summary>Gets the operator combining the child rules (And, AndAlso, Or, OrElse); <see langword="null"/> for a leaf.</summary>
    public string? Operator
    {
        get => _details?.Operator;
        internal init => Details(value is not null)?.Operator = value;
    }

    /// <summary>Gets the <c>SuccessEvent</c>, such as the verdict the rule supports.</summary>
    public string? SuccessEvent
    {
        get => _details?.SuccessEvent;
        internal init => Details(value is not null)?.SuccessEvent = value;
    }

    /// <summary>Gets the <c>ErrorMessage</c> template, with its <c>$(input.path)</c> placeholders unfilled.</summary>
    public string? ErrorMessage
    {
        get => _details?.ErrorMessage;
        internal init => Details(value is not null)?.ErrorMessage = value;
    }

    /// <summary>Gets the rule's free-form <c>Properties</c>; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement Properties
    {
        get => _details?.Properties ?? default;
        internal set => Details(value.ValueKind != JsonValueKind.Undefined)?.Properties = value;
    }

    /// <summary>Gets the enabled child rules, in order (their own, then those of rule-level <c>WorkflowsToInject</c>); empty for a leaf.</summary>
    public IReadOnlyList<Rule> Rules
    {
        get => _details?.Rules ?? [];
        internal set => Details(value.Count > 0)?.Rules = value;
    }

    /// <summary>Gets the member paths the condition can read, such as <c>order.Amount</c> or <c>order.Lines[].Discount</c>.</summary>
    public IReadOnlyList<string> InputPaths => Cache.InputPaths ??= Condition?.InputPaths ?? [];

    /// <summary>Gets the name of the source (file) that declares the rule.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the 1-based line of the rule object in its source.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the rule object in its source.</summary>
    public int Column { get; }

    /// <summary>Gets the JSON path of the rule object, such as <c>$[0].Rules[3]</c>.</summary>
    public string JsonPath => new Workflows.JsonPathRef(_pathBase, _pathIndex).ToString();

    internal bool IsAnd => Operator is "And" or "AndAlso";

    /// <summary>
    /// Gets the input paths an absence test reads (a null test such as <c>order.Discount == null</c>, the left of
    /// <c>??</c>), the child rules' included, each once, in reading order: where the rule itself decides what a missing
    /// value means, rather than reading it as unknown. An element of a collection is written with empty brackets
    /// (<c>order.Lines[].Discount</c>).
    /// </summary>
    /// <value>Empty when the rule tests nothing for absence.</value>
    public IReadOnlyList<string> AbsenceTestedPaths => Cache.AbsenceTestedPaths ??= Condition is { } condition
        ? BoundInputPaths.AbsenceTested(condition)
        : [.. Rules.SelectMany(rule => rule.AbsenceTestedPaths).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Gets the input paths read other than by an absence test (compared, computed with, called), the child rules'
    /// included, each once, in reading order, written as <see cref="AbsenceTestedPaths"/> are: a missing one makes a
    /// comparison on it unknown.
    /// </summary>
    /// <value>Empty when the rule reads no input for its value (a constant condition).</value>
    public IReadOnlyList<string> ValueReadPaths => Cache.ValueReadPaths ??= Condition is { } condition
        ? BoundInputPaths.ReadForValue(condition)
        : [.. Rules.SelectMany(rule => rule.ValueReadPaths).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The pattern of a concrete input path, as <see cref="AbsenceTestedPaths"/> and <see cref="ValueReadPaths"/> list
    /// them: each element index becomes <c>[]</c> (<c>order.Lines[2].Discount</c> → <c>order.Lines[].Discount</c>).
    /// </summary>
    /// <param name="inputPath">A member path such as a missing-input list holds.</param>
    /// <returns>The path with its element indexes removed; the path itself when it has none.</returns>
    public static string PatternOf(string inputPath)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        return BoundInputPaths.Pattern(inputPath);
    }

    internal BoundExpression? Condition { get; init; }

    internal TruthMode TruthMode { get; init; }

    /// <summary>Gets the condition compiled alone, on first use: only rule-by-rule evaluation needs it (a rule threw, an EvaluateRule action).</summary>
    internal Func<object?[], Truth>? Predicate => Condition is null ? null : Cache.Predicate ??= ExpressionCompiler.CompilePredicate(Condition, TruthMode);

    internal ErrorMessageTemplate? ErrorTemplate
    {
        get => _details?.ErrorTemplate;
        init => Details(value is not null)?.ErrorTemplate = value;
    }

    internal RuleAction? OnSuccess
    {
        get => _details?.OnSuccess;
        init => Details(value is not null)?.OnSuccess = value;
    }

    internal RuleAction? OnFailure
    {
        get => _details?.OnFailure;
        init => Details(value is not null)?.OnFailure = value;
    }

    /// <summary>Gets a value indicating whether the rule has any of the rarely set parts (tests check that a plain rule makes none).</summary>
    internal bool HasDetails => _details is not null;

    /// <summary>
    /// The caches, made on first use; rules are read from several threads once loaded, so the first one made is kept
    /// (a cache another thread filled meanwhile is only work done twice, never a wrong value).
    /// </summary>
    private RuleCache Cache => Volatile.Read(ref _cache) ?? Interlocked.CompareExchange(ref _cache, new RuleCache(), null) ?? _cache;

    /// <inheritdoc/>
    public override string ToString() => $"{WorkflowName}/{Name}";

    /// <summary>The details to set a part on: made now when <paramref name="needed"/> (a value to keep), the existing ones otherwise (null when none: the part is absent).</summary>
    /// <remarks>Set only while the rule is loaded, on the loading thread, before the rule is published.</remarks>
    private RuleDetails? Details(bool needed) => needed ? _details ??= new RuleDetails() : _details;
}
