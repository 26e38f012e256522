using System.Text.Json;
using System.Text.Json.Nodes;
using SpineTriage.Cli.Output;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Evaluate;

/// <summary>
/// Writes the evaluated reports in the chosen format. One case gives exactly the library's rendering; several
/// cases give, for JSON and CDS Hooks, one JSON array whose objects start with a <c>"case"</c> member (the file),
/// and for text and Markdown the reports one after the other, each headed by its file.
/// </summary>
internal static class ReportOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(IReadOnlyList<CaseReport> reports, ReportFormat format, bool several, OutputWriter output)
    {
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(reports, ReportJsonRenderer.Render, several, output);
                break;
            case ReportFormat.CdsHooks:
                WriteJson(reports, CdsHooksCardRenderer.Render, several, output);
                break;
            case ReportFormat.Markdown:
                WriteMarkdown(reports, several, output);
                break;
            default:
                WriteText(reports, output);
                break;
        }
    }

    private static void WriteJson(IReadOnlyList<CaseReport> reports, Func<TriageReport, string> render, bool several, OutputWriter output)
    {
        if (!several)
        {
            foreach (var report in reports)
            {
                output.WriteLine(render(report.Report));
            }

            return;
        }

        var array = new JsonArray();
        foreach (var report in reports)
        {
            var rendered = JsonNode.Parse(render(report.Report))!.AsObject();
            var element = new JsonObject { ["case"] = report.Path };
            foreach (var (name, value) in rendered.ToList())
            {
                rendered.Remove(name);
                element[name] = value;
            }

            array.Add(element);
        }

        output.WriteLine(array.ToJsonString(Indented));
    }

    private static void WriteMarkdown(IReadOnlyList<CaseReport> reports, bool several, OutputWriter output)
    {
        for (var i = 0; i < reports.Count; i++)
        {
            if (several)
            {
                output.Write((i > 0 ? "\n" : string.Empty) + $"<!-- case: {reports[i].Path} -->\n**Case:** `{reports[i].Path}`\n\n");
            }

            output.Write(MarkdownReportRenderer.Render(reports[i].Report));
            if (reports[i].Residuals is { } residuals)
            {
                output.Write("\n## Residual conditions of the Unknown rules\n\n");
                output.Write(residuals.Count == 0 ? "No rule is Unknown.\n" : string.Concat(residuals.Select(line => $"- {line.Replace("\n    ", "\n  ", StringComparison.Ordinal)}\n")));
            }
        }
    }

    private static void WriteText(IReadOnlyList<CaseReport> reports, OutputWriter output)
    {
        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            output.WriteLine($"Case {reports[i].Path}", Tone.Heading);
            TerminalReportRenderer.Write(reports[i].Report, output);
            if (reports[i].Residuals is { } residuals)
            {
                output.WriteLine();
                output.WriteLine("Residual conditions of the Unknown rules (what each comes down to once the missing data is documented)", Tone.Heading);
                foreach (var line in residuals.DefaultIfEmpty("No rule is Unknown."))
                {
                    output.WriteLine("  " + line);
                }
            }
        }
    }
}
