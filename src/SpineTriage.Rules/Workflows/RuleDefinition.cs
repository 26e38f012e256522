using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>A rule as read from a file, before any expression is bound.</summary>
/// <remarks>
/// Definitions live until every workflow is built, so a plain rule keeps only its name, location and expression: the
/// location is kept as fields and made into a <see cref="SourceLocation"/> when asked, and what most rules lack (an
/// operator, nested rules, local params, injections, a success event, an error message, Properties, actions, being
/// disabled) is in a <see cref="RuleDefinitionDetails"/> made when the first of them is read: 80 bytes a plain rule
/// rather than 160, which the GC copied out of generation 0 and again out of generation 1 while a large set loads
/// (CompileScalingBenchmarks.Load).
/// </remarks>
internal sealed class RuleDefinition(string name, string file, int line, int column, JsonPathRef path)
{
    private RuleDefinitionDetails? _details;

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
    public string? Operator
    {
        get => _details?.Operator;
        set => Details(value is not null)?.Operator = value;
    }

    public IReadOnlyList<RuleDefinition> Rules => (IReadOnlyList<RuleDefinition>?)_details?.Rules ?? [];

    public IReadOnlyList<ScopedParamDefinition> LocalParams => (IReadOnlyList<ScopedParamDefinition>?)_details?.LocalParams ?? [];

    public IReadOnlyList<LocatedString> WorkflowsToInject => (IReadOnlyList<LocatedString>?)_details?.WorkflowsToInject ?? [];

    /// <summary>Gets the list <see cref="Rules"/> reads, made now when there is none.</summary>
    public List<RuleDefinition> RulesToFill => Details(true)!.Rules ??= [];

    /// <summary>Gets the list <see cref="LocalParams"/> reads, made now when there is none.</summary>
    public List<ScopedParamDefinition> LocalParamsToFill => Details(true)!.LocalParams ??= [];

    /// <summary>Gets the list <see cref="WorkflowsToInject"/> reads, made now when there is none.</summary>
    public List<LocatedString> WorkflowsToInjectToFill => Details(true)!.WorkflowsToInject ??= [];

    public string? SuccessEvent
    {
        get => _details?.SuccessEvent;
        set => Details(value is not null)?.SuccessEvent = value;
    }

    public LocatedString? ErrorMessage
    {
        get => _details?.ErrorMessage;
        set => Details(value is not null)?.ErrorMessage = value;
    }

    public bool Enabled
    {
        get => _details is not { Disabled: true };
        set => Details(!value)?.Disabled = !value;
    }

    /// <summary>
    /// Gets or sets the Properties, assigned on the load's other thread when there is one (<see cref="PropertiesParser"/>),
    /// while this thread may still be reading the rule: call <see cref="PrepareForProperties"/> first.
    /// </summary>
    public JsonElement Properties
    {
        get => _details?.Properties ?? default;
        set => Details(value.ValueKind != JsonValueKind.Undefined)?.Properties = value;
    }

    public ActionDefinition? OnSuccess
    {
        get => _details?.OnSuccess;
        set => Details(value is not null)?.OnSuccess = value;
    }

    public ActionDefinition? OnFailure
    {
        get => _details?.OnFailure;
        set => Details(value is not null)?.OnFailure = value;
    }

    /// <summary>Makes the details now, on the reading thread, so that the other thread assigning <see cref="Properties"/> only sets them.</summary>
    public void PrepareForProperties() => Details(true);

    /// <summary>Gets a value indicating whether the rule has any of the rarely written parts (tests check that a plain rule makes none).</summary>
    public bool HasDetails => _details is not null;

    /// <summary>Gets a value indicating whether the rule combines children (it has an operator).</summary>
    public bool IsComposite => Operator is not null;

    /// <summary>The details to set a part on: made now when <paramref name="needed"/> (a value to keep), the existing ones otherwise (null when none: the part is absent).</summary>
    private RuleDefinitionDetails? Details(bool needed) => needed ? _details ??= new RuleDefinitionDetails() : _details;
}

/// <summary>The parts of a <see cref="RuleDefinition"/> that most rules lack: made when the first of them is read (CompileScalingBenchmarks.Load).</summary>
internal sealed class RuleDefinitionDetails
{
    public string? Operator { get; set; }

    public List<RuleDefinition>? Rules { get; set; }

    public List<ScopedParamDefinition>? LocalParams { get; set; }

    public List<LocatedString>? WorkflowsToInject { get; set; }

    public string? SuccessEvent { get; set; }

    public LocatedString? ErrorMessage { get; set; }

    public bool Disabled { get; set; }

    public JsonElement Properties { get; set; }

    public ActionDefinition? OnSuccess { get; set; }

    public ActionDefinition? OnFailure { get; set; }
}
