namespace SpineTriage.Cli.Evaluate;

/// <summary>The renderings <c>evaluate --format</c> offers.</summary>
internal enum ReportFormat
{
    Text,
    Markdown,
    Json,
    CdsHooks,
}

/// <summary>Maps <c>--format</c> words to <see cref="ReportFormat"/>.</summary>
internal static class ReportFormatNames
{
    public static readonly string[] All = ["text", "markdown", "json", "cds-hooks"];

    public static ReportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "markdown" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        "cds-hooks" => ReportFormat.CdsHooks,
        _ => ReportFormat.Text,
    };
}
