using System.Globalization;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Audit;

/// <summary>Prints the audit summary as aligned plain-text tables: counts and percentages of evaluated cases.</summary>
internal static class AuditSummaryWriter
{
    private const int LabelWidth = 44;
    private const int MissingInputsShown = 10;

    public static void Write(AuditSummary summary, AuditRunInfo run, OutputWriter output)
    {
        var rate = run.Elapsed.TotalSeconds > 0 ? summary.Lines / run.Elapsed.TotalSeconds : 0;
        output.WriteLine(Invariant($"Audit of {run.CohortPath}: {summary.Lines:N0} case lines in {run.Elapsed.TotalSeconds:0.0} s ({rate:N0} lines/s); {summary.Evaluated:N0} evaluated, {summary.Malformed:N0} malformed."), Tone.Heading);
        if (run.Interrupted)
        {
            output.WriteLine(Invariant($"Interrupted: stopped after line {summary.LastLine:N0}. This is a partial summary; every row up to that line is in the results."), Tone.Caution);
        }

        output.WriteLine();
        for (var i = 0; i < summary.Assessments.Count; i++)
        {
            var heading = summary.Assessments[i];
            WriteHeader(output, $"{heading.Title} ({heading.Key})");
            foreach (var (verdict, count) in summary.Verdicts(i))
            {
                WriteRow(output, "  " + verdict, count, summary.Evaluated);
            }

            output.WriteLine();
        }

        WriteHeader(output, "Cases");
        WriteRow(output, "  with red flags", summary.WithRedFlags, summary.Evaluated);
        WriteRow(output, "  Incomplete in at least one assessment", summary.Incomplete, summary.Evaluated);
        output.WriteLine();
        var missing = summary.MostCommonMissing(MissingInputsShown).ToList();
        if (missing.Count > 0)
        {
            WriteHeader(output, "Most common missing inputs (cases)");
            foreach (var (input, count) in missing)
            {
                WriteRow(output, "  " + input, count, summary.Evaluated);
            }

            output.WriteLine();
        }

        WriteMalformed(summary, run, output);
    }

    private static void WriteMalformed(AuditSummary summary, AuditRunInfo run, OutputWriter output)
    {
        if (summary.Malformed == 0)
        {
            output.WriteLine("Malformed lines: none.");
            return;
        }

        var first = string.Join(", ", summary.FirstMalformedLines.Select(l => l.ToString("N0", CultureInfo.InvariantCulture)));
        var more = summary.Malformed > summary.FirstMalformedLines.Count ? ", …" : string.Empty;
        var where = run.ResultsPath is null ? "pass --out results.csv to get every one as an error row" : $"each is an error row in {run.ResultsPath}";
        output.WriteLine(Invariant($"Malformed lines: {summary.Malformed:N0} ({Percent(summary.Malformed, summary.Lines)} of lines) at lines {first}{more}; {where}."), Tone.Caution);
    }

    private static void WriteHeader(OutputWriter output, string title) =>
        output.WriteLine($"{Fit(title),-LabelWidth} {"cases",12} {"%",8}", Tone.Heading);

    private static void WriteRow(OutputWriter output, string label, long count, long total) =>
        output.WriteLine(Invariant($"{Fit(label),-LabelWidth} {count,12:N0} {Percent(count, total),8}"));

    private static string Fit(string text) => text.Length <= LabelWidth ? text : text[..(LabelWidth - 1)] + "…";

    private static string Percent(long count, long total) =>
        total == 0 ? "-" : Invariant($"{100.0 * count / total:0.0} %");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the summary says about the run itself.</summary>
internal sealed record AuditRunInfo(string CohortPath, string? ResultsPath, TimeSpan Elapsed, bool Interrupted);
