using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>A rule as read from a file, before any expression is bound.</summary>
internal sealed class RuleDefinition(string name, SourceLocation location)
{
    public string Name { get; } = name;

    public SourceLocation Location { get; } = location;

    public LocatedString? Expression { get; set; }

    /// <summary>Gets or sets the operator in its canonical spelling (And, AndAlso, Or, OrElse), or null for a leaf.</summary>
    public string? Operator { get; set; }

    public List<RuleDefinition> Rules { get; } = [];

    public List<ScopedParamDefinition> LocalParams { get; } = [];

    public List<LocatedString> WorkflowsToInject { get; } = [];

    public string? SuccessEvent { get; set; }

    public LocatedString? ErrorMessage { get; set; }

    public bool Enabled { get; set; } = true;

    public JsonElement Properties { get; set; }

    public ActionDefinition? OnSuccess { get; set; }

    public ActionDefinition? OnFailure { get; set; }

    /// <summary>Gets a value indicating whether the rule combines children (it has an operator).</summary>
    public bool IsComposite => Operator is not null;
}
