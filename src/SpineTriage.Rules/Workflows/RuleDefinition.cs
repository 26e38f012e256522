using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>A rule as read from a file, before any expression is bound.</summary>
/// <remarks>
/// The lists are made when the first entry is added (most rules have none), and the location is kept as fields and
/// made into a <see cref="SourceLocation"/> when asked: definitions live until every workflow is built
/// (CompileScalingBenchmarks).
/// </remarks>
internal sealed class RuleDefinition(string name, string file, int line, int column, JsonPathRef path)
{
    private List<RuleDefinition>? _rules;
    private List<ScopedParamDefinition>? _localParams;
    private List<LocatedString>? _workflowsToInject;

    public string Name { get; } = name;

    /// <summary>Gets the location of the rule object (a new object on each call).</summary>
    public SourceLocation Location => new(file, line, column, path);

    /// <summary>Gets the name of the source that declares the rule (<see cref="Location"/>'s, without making it).</summary>
    public string File => file;

    /// <summary>Gets the 1-based line of the rule object.</summary>
    public int Line => line;

    /// <summary>Gets the 1-based column of the rule object.</summary>
    public int Column => column;

    /// <summary>Gets the JSON path of the rule object.</summary>
    public JsonPathRef Path => path;

    public LocatedString? Expression { get; set; }

    /// <summary>Gets or sets the operator in its canonical spelling (And, AndAlso, Or, OrElse), or null for a leaf.</summary>
    public string? Operator { get; set; }

    public IReadOnlyList<RuleDefinition> Rules => (IReadOnlyList<RuleDefinition>?)_rules ?? [];

    public IReadOnlyList<ScopedParamDefinition> LocalParams => (IReadOnlyList<ScopedParamDefinition>?)_localParams ?? [];

    public IReadOnlyList<LocatedString> WorkflowsToInject => (IReadOnlyList<LocatedString>?)_workflowsToInject ?? [];

    /// <summary>Gets the list <see cref="Rules"/> reads, made now when there is none.</summary>
    public List<RuleDefinition> RulesToFill => _rules ??= [];

    /// <summary>Gets the list <see cref="LocalParams"/> reads, made now when there is none.</summary>
    public List<ScopedParamDefinition> LocalParamsToFill => _localParams ??= [];

    /// <summary>Gets the list <see cref="WorkflowsToInject"/> reads, made now when there is none.</summary>
    public List<LocatedString> WorkflowsToInjectToFill => _workflowsToInject ??= [];

    public string? SuccessEvent { get; set; }

    public LocatedString? ErrorMessage { get; set; }

    public bool Enabled { get; set; } = true;

    public JsonElement Properties { get; set; }

    public ActionDefinition? OnSuccess { get; set; }

    public ActionDefinition? OnFailure { get; set; }

    /// <summary>Gets a value indicating whether the rule combines children (it has an operator).</summary>
    public bool IsComposite => Operator is not null;
}
