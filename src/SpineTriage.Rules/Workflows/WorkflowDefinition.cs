using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>A workflow as read from a file, before any expression is bound.</summary>
internal sealed class WorkflowDefinition(string name, SourceLocation location)
{
    public string Name { get; } = name;

    public SourceLocation Location { get; } = location;

    public List<LocatedString> WorkflowsToInject { get; } = [];

    public List<ScopedParamDefinition> GlobalParams { get; } = [];

    public List<RuleDefinition> Rules { get; } = [];

    public JsonElement Properties { get; set; }

    /// <summary>Gets or sets the locations of values inside <see cref="Properties"/>, by path relative to it (<c>myhost.default</c>).</summary>
    public IReadOnlyDictionary<string, SourceLocation> PropertyLocations { get; set; } = new Dictionary<string, SourceLocation>();
}

/// <summary>A GlobalParams or LocalParams entry: a named expression.</summary>
internal sealed record ScopedParamDefinition(string Name, LocatedString Expression, SourceLocation Location);

/// <summary>An OnSuccess or OnFailure action: its name and its context entries (keys case-insensitive).</summary>
internal sealed record ActionDefinition(string Name, SourceLocation Location, IReadOnlyDictionary<string, ActionContextEntry> Context);

/// <summary>One context entry of an action; <see cref="Text"/> is null when the value is not a string.</summary>
internal sealed record ActionContextEntry(string Key, LocatedString? Text, SourceLocation Location);
