using System.Text.Json;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules;

/// <summary>
/// A workflow as read from its file, available even when the rule set failed to load: its name, location,
/// <c>Properties</c>, global parameters and own rules (with <c>SuccessEvent</c>, <c>Properties</c> and locations), so a
/// host can check its own settings and tools can report every problem at once.
/// </summary>
public sealed class WorkflowOutline
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _propertyLocations;

    internal WorkflowOutline(WorkflowDefinition definition, Workflow workflow)
    {
        Name = definition.Name;
        SourceName = definition.Location.File;
        Line = definition.Location.Line;
        Column = definition.Location.Column;
        JsonPath = definition.Location.JsonPath;
        Properties = definition.Properties;
        GlobalParams = workflow.GlobalParams;
        Rules = workflow.OwnRules;
        WorkflowsToInject = definition.WorkflowsToInject.Select(w => w.Text).ToList();
        _propertyLocations = definition.PropertyLocations;
    }

    /// <summary>Gets the workflow's name (<c>WorkflowName</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the name of the source (file) that declares the workflow.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the 1-based line of the workflow object.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the workflow object.</summary>
    public int Column { get; }

    /// <summary>Gets the JSON path of the workflow object (<c>$</c> or <c>$[1]</c>).</summary>
    public string JsonPath { get; }

    /// <summary>Gets the workflow-level <c>Properties</c>; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonElement Properties { get; }

    /// <summary>Gets the global parameters whose expressions bound, in declaration order.</summary>
    public IReadOnlyList<GlobalParameter> GlobalParams { get; }

    /// <summary>Gets the workflow's own enabled rules, before injection; a rule whose expression failed has no input paths.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Gets the names the workflow lists in <c>WorkflowsToInject</c>.</summary>
    public IReadOnlyList<string> WorkflowsToInject { get; }

    /// <summary>Finds where a value inside <see cref="Properties"/> is written.</summary>
    /// <param name="path">The path relative to <c>Properties</c>, such as <c>myhost.default</c> or <c>myhost.verdicts[2]</c> (case-insensitive).</param>
    /// <returns>The location, or <see langword="null"/> when the value is not written (or nested too deep).</returns>
    public PropertyLocation? LocateProperty(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _propertyLocations.TryGetValue(path, out var location) ? new PropertyLocation(location.Line, location.Column, location.JsonPath) : null;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Where a value is written in a rule file.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in characters.</param>
/// <param name="JsonPath">The JSON path, such as <c>$.Properties.myhost.default</c>.</param>
public sealed record PropertyLocation(int Line, int Column, string JsonPath);
