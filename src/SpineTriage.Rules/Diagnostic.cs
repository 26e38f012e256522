using System.Text;

namespace SpineTriage.Rules;

/// <summary>
/// One problem found while loading rule files: what is wrong, how to fix it, and exactly where
/// (file, 1-based line and column, JSON path, workflow and rule name, and the character offset inside an expression).
/// </summary>
/// <param name="Severity">Whether the problem stops the rule set from loading.</param>
/// <param name="Code">A stable code such as <c>SPR301</c>, for documentation and suppression.</param>
/// <param name="Message">A full sentence that says what is wrong and how to fix it.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>Gets the file (or source name) the problem is in, if known.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column in characters, or 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Gets the JSON path of the offending value, such as <c>$[0].Rules[3].Expression</c>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Gets the workflow the problem is in, if any.</summary>
    public string? WorkflowName { get; init; }

    /// <summary>Gets the rule the problem is in, if any.</summary>
    public string? RuleName { get; init; }

    /// <summary>Gets the 0-based character offset inside the expression text, or <see langword="null"/> outside expressions.</summary>
    public int? ExpressionOffset { get; init; }

    /// <summary>Formats the diagnostic as <c>file:line:column: error CODE: message</c>, the form editors and CI annotate.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(File ?? "<rules>");
        if (Line > 0)
        {
            text.Append(':').Append(Line).Append(':').Append(Column > 0 ? Column : 1);
        }

        text.Append(": ").Append(Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" });
        text.Append(' ').Append(Code).Append(": ").Append(Message);
        if (RuleName is not null)
        {
            text.Append(" (rule '").Append(RuleName).Append('\'');
            if (ExpressionOffset is { } offset)
            {
                text.Append(", expression offset ").Append(offset);
            }

            text.Append(')');
        }

        if (JsonPath is not null)
        {
            text.Append(" [").Append(JsonPath).Append(']');
        }

        return text.ToString();
    }

    /// <summary>
    /// Locates this diagnostic at a rule, for a check of a rule pack beyond the engine's own (a host's settings in a
    /// rule's <c>Properties</c>, say): the rule's file, line, column and JSON path, the workflow's and the rule's name.
    /// </summary>
    /// <param name="rule">The rule the problem is in.</param>
    /// <param name="workflowName">The name of the workflow the rule is in.</param>
    /// <returns>A copy of this diagnostic with the rule's location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="workflowName"/> is null.</exception>
    public Diagnostic LocatedAt(Rule rule, string workflowName)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(workflowName);
        return this with
        {
            File = rule.SourceName,
            Line = rule.Line,
            Column = rule.Column,
            JsonPath = rule.JsonPath,
            WorkflowName = workflowName,
            RuleName = rule.Name,
        };
    }
}
