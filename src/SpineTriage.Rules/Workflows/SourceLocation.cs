namespace SpineTriage.Rules.Workflows;

/// <summary>Where something is in a rule file: source name, 1-based line and column, and JSON path (written out when asked).</summary>
internal sealed record SourceLocation(string File, int Line, int Column, JsonPathRef Path)
{
    /// <summary>Initializes a location with its JSON path written out.</summary>
    public SourceLocation(string file, int line, int column, string jsonPath)
        : this(file, line, column, new JsonPathRef(jsonPath))
    {
    }

    /// <summary>Gets the JSON path, such as <c>$[0].Rules[3]</c> (a new string on each call).</summary>
    public string JsonPath => Path.ToString();

    /// <summary>A diagnostic at this location.</summary>
    public Diagnostic Error(string code, string message, string? workflowName = null, string? ruleName = null) =>
        Make(DiagnosticSeverity.Error, code, message, workflowName, ruleName);

    /// <summary>A warning at this location.</summary>
    public Diagnostic Warning(string code, string message, string? workflowName = null, string? ruleName = null) =>
        Make(DiagnosticSeverity.Warning, code, message, workflowName, ruleName);

    private Diagnostic Make(DiagnosticSeverity severity, string code, string message, string? workflowName, string? ruleName) =>
        new(severity, code, message)
        {
            File = File,
            Line = Line,
            Column = Column,
            JsonPath = JsonPath,
            WorkflowName = workflowName,
            RuleName = ruleName,
        };
}
