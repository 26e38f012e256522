namespace SpineTriage.Rules.Workflows;

/// <summary>Where something is in a rule file: source name, 1-based line and column, and JSON path.</summary>
internal sealed record SourceLocation(string File, int Line, int Column, string JsonPath)
{
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
