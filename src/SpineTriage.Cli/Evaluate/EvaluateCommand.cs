using System.CommandLine;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Evaluate;

/// <summary><c>spinetriage evaluate &lt;case.json&gt;... [--rules DIR] [--format F] [--threshold name=value]... [--explain]</c></summary>
internal static class EvaluateCommand
{
    public static Command Create(OutputWriter output)
    {
        var cases = PathArguments.Create(
            "case.json",
            "Patient case files (case JSON, as in seeds/case.schema.json). A bad case is reported and the others are still evaluated.",
            ArgumentArity.OneOrMore);
        var rules = EngineOptions.Rules();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (terminal), markdown, json (one object; an array of objects with a \"case\" member for several cases) or cds-hooks.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, ReportFormatNames.All);
        var thresholds = EngineOptions.Thresholds();
        var explain = new Option<bool>("--explain")
        {
            Description = "After each report, every Unknown rule's residual condition: what it comes down to once the missing data is documented (text and markdown formats).",
        };

        var command = new Command("evaluate", "Evaluate patient cases and print the triage report.") { cases, rules, format, thresholds, explain };
        command.Validators.Add(result =>
        {
            if (result.GetValue(explain) && ReportFormatNames.Parse(result.GetValue(format) ?? "text") is ReportFormat.Json or ReportFormat.CdsHooks)
            {
                result.AddError("--explain works with --format text or markdown.");
            }
        });
        command.SetAction(parseResult => new CaseEvaluation(output).Run(
            parseResult.GetRequiredValue(cases),
            parseResult.GetValue(rules),
            ReportFormatNames.Parse(parseResult.GetRequiredValue(format)),
            ThresholdArgument.ToDictionary(parseResult.GetValue(thresholds) ?? []),
            parseResult.GetValue(explain)));
        return command;
    }
}
