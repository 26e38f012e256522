using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>Located diagnostics about a rule or a workflow's <c>Properties.spinetriage</c> setting.</summary>
internal static class RuleDiagnostics
{
    public static Diagnostic At(Rule rule, string workflowName, DiagnosticSeverity severity, string code, string message) =>
        new Diagnostic(severity, code, message).LocatedAt(rule, workflowName);

    /// <summary>At the setting's value (<c>spinetriage.default</c>), else at <c>spinetriage</c>, else at the workflow object.</summary>
    public static Diagnostic AtSetting(WorkflowOutline outline, string? setting, DiagnosticSeverity severity, string code, string message)
    {
        var location = (setting is null ? null : outline.LocateProperty("spinetriage." + setting)) ?? outline.LocateProperty("spinetriage");
        var settingPath = JsonPathOf(outline) + ".Properties.spinetriage" + (setting is null ? string.Empty : "." + setting);
        return new Diagnostic(severity, code, message)
        {
            File = outline.SourceName,
            Line = location?.Line ?? outline.Line,
            Column = location?.Column ?? outline.Column,
            JsonPath = location?.JsonPath ?? settingPath,
            WorkflowName = outline.Name,
        };
    }

    private static string JsonPathOf(WorkflowOutline outline) => outline.JsonPath;
}
