using SpineTriage.Cases;
using SpineTriage.Cli.Output;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Evaluate;

/// <summary>One <c>evaluate</c> run: load the rules once, then read and evaluate every case, reporting bad ones and going on.</summary>
internal sealed class CaseEvaluation(OutputWriter output)
{
    public int Run(IReadOnlyList<string> casePaths, string? rulesDirectory, ReportFormat format, IReadOnlyDictionary<string, double> thresholds)
    {
        var engine = TriageEngineLoader.TryCreate(rulesDirectory, thresholds, output);
        if (engine is null)
        {
            return ExitCodes.BadInput;
        }

        var reports = new List<CaseReport>(casePaths.Count);
        var failed = 0;
        foreach (var path in casePaths)
        {
            var report = Evaluate(engine, path);
            if (report is null)
            {
                failed++;
            }
            else
            {
                reports.Add(new CaseReport(path, report));
            }
        }

        ReportOutput.Write(reports, format, several: casePaths.Count > 1, output);
        if (failed == 0)
        {
            return ExitCodes.Success;
        }

        output.WriteError($"spinetriage: {failed} of {casePaths.Count} case(s) could not be evaluated; see the messages above.");
        return ExitCodes.BadInput;
    }

    private TriageReport? Evaluate(ITriageEngine engine, string path)
    {
        var (patientCase, problems) = CaseFileReader.Read(path);
        if (patientCase is null)
        {
            ProblemWriter.Write(problems, output);
            return null;
        }

        try
        {
            return engine.Evaluate(patientCase);
        }
        catch (CaseValidationException exception)
        {
            ProblemWriter.Write(exception.Problems.Select(p => p with { File = p.File ?? path }).ToList(), output);
            return null;
        }
    }
}

/// <summary>A report and the case file it came from.</summary>
internal sealed record CaseReport(string Path, TriageReport Report);
