using SpineTriage.Cli.Output;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Evaluate;

/// <summary>
/// Writes a <see cref="TriageReport"/> for a terminal: disclaimer, red flags first, then per assessment the verdict
/// (coloured by severity), reasons with rule name and source, missing inputs, warnings, notes, next steps, and the
/// rule-set hash. Without colour the same words appear, so redirected output reads the same. Every text is passed through
/// <see cref="SafeText.Visible"/>: an escape sequence or direction override in a report cannot act on the terminal.
/// </summary>
internal static class TerminalReportRenderer
{
    private const string Indent = "  ";

    public static void Write(TriageReport report, OutputWriter output)
    {
        output.WriteLine(SafeText.Visible(report.Disclaimer), Tone.Muted);
        output.WriteLine();
        if (report.RedFlags.Count > 0)
        {
            output.WriteLine("RED FLAGS — act on these first", Tone.Critical);
            foreach (var flag in report.RedFlags)
            {
                WriteFinding(output, "!", flag, Tone.Critical);
            }

            output.WriteLine();
        }

        foreach (var assessment in report.Assessments)
        {
            WriteAssessment(output, assessment);
        }

        output.Write("Rule set ", Tone.Muted);
        output.WriteLine(SafeText.Visible(report.RuleSetHash), Tone.Muted);
    }

    public static Tone ToneFor(string verdict) => verdict switch
    {
        "Urgent" => Tone.Critical,
        "NotIndicated" or "OptimizeFirst" or "NotCandidate" => Tone.Caution,
        AssessmentResult.IncompleteVerdict or AssessmentResult.RuleErrorVerdict or "NeedsWorkup" => Tone.Attention,
        "Appropriate" or "Ready" or "Candidate" => Tone.Positive,
        _ => Tone.Neutral,
    };

    private static void WriteAssessment(OutputWriter output, AssessmentResult assessment)
    {
        output.Write(SafeText.Visible(assessment.Title) + ": ", Tone.Heading);
        output.WriteLine(SafeText.Visible(assessment.Verdict), ToneFor(assessment.Verdict));
        if (assessment.PossibleVerdicts.Count > 1)
        {
            output.WriteLine(Indent + "Possible verdicts, depending on the missing data", Tone.Attention);
            foreach (var possible in assessment.PossibleVerdicts)
            {
                output.WriteLine($"{Indent}{Indent}- {SafeText.Visible(possible.Verdict)}{(possible.Condition is { } condition ? " if " + SafeText.Visible(condition) : string.Empty)}", ToneFor(possible.Verdict));
            }
        }

        if (assessment.ExactReasoningNote is { } note)
        {
            output.WriteLine(Indent + SafeText.Visible(note), Tone.Muted);
        }

        WriteFindings(output, assessment.IsIncomplete ? "Findings so far" : "Reasons", assessment.Reasons, Tone.Plain);
        WriteInputs(output, "Missing data that would change the verdict", assessment.DecidingInputs, Tone.Attention);
        WriteInputs(output, "Missing data that would not change this verdict", [.. assessment.Missing.Except(assessment.DecidingInputs, StringComparer.Ordinal)], Tone.Muted);

        WriteFindings(output, "Warnings", assessment.Warnings, Tone.Caution);
        WriteFindings(output, "Notes", assessment.Notes, Tone.Plain);
        if (assessment.NextSteps.Count > 0)
        {
            output.WriteLine(Indent + "Next steps", Tone.Heading);
            foreach (var step in assessment.NextSteps)
            {
                output.WriteLine($"{Indent}{Indent}- {SafeText.Visible(step)}");
            }
        }

        output.WriteLine();
    }

    private static void WriteInputs(OutputWriter output, string title, IReadOnlyList<string> inputs, Tone tone)
    {
        if (inputs.Count == 0)
        {
            return;
        }

        output.WriteLine(Indent + title, tone);
        foreach (var input in inputs)
        {
            output.WriteLine($"{Indent}{Indent}- {SafeText.Visible(input)}");
        }
    }

    private static void WriteFindings(OutputWriter output, string title, IReadOnlyList<RuleFinding> findings, Tone tone)
    {
        if (findings.Count == 0)
        {
            return;
        }

        output.WriteLine(Indent + title, tone == Tone.Plain ? Tone.Heading : tone);
        foreach (var finding in findings)
        {
            WriteFinding(output, "-", finding, tone);
        }
    }

    private static void WriteFinding(OutputWriter output, string bullet, RuleFinding finding, Tone tone)
    {
        output.WriteLine($"{Indent}{Indent}{bullet} {SafeText.Visible(finding.Text)}", tone);
        output.WriteLine($"{Indent}{Indent}  rule {SafeText.Visible(finding.RuleName)} · source: {SafeText.Visible(finding.Source)} · evidence: {SafeText.Visible(finding.Evidence)}", Tone.Muted);
    }
}
