using SpineTriage.Cases;
using SpineTriage.Cli.Output;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Evaluate;

/// <summary>One <c>evaluate</c> run: load the rules once, then read and evaluate every case, reporting bad ones and going on.</summary>
internal sealed class CaseEvaluation(OutputWriter output)
{
    public int Run(IReadOnlyList<string> paths, string? rulesDirectory, ReportFormat format, IReadOnlyDictionary<string, double> thresholds, bool explain = false)
    {
        var casePaths = WithoutSchemas(paths);
        if (casePaths.Count == 0)
        {
            output.WriteError("spinetriage: no case file to evaluate (*.schema.json files are JSON Schemas, not cases).");
            return ExitCodes.BadInput;
        }

        var engine = TriageEngineLoader.TryCreate(rulesDirectory, thresholds, output);
        if (engine is null)
        {
            return ExitCodes.BadInput;
        }

        var reports = new List<CaseReport>(casePaths.Count);
        var failed = 0;
        foreach (var path in casePaths)
        {
            var evaluated = Evaluate(engine, path);
            if (evaluated is not { } caseEvaluated)
            {
                failed++;
            }
            else
            {
                var residuals = explain && engine is TriageEngine triage ? ResidualLines(triage.ExplainUnknownRules(caseEvaluated.Case)) : null;
                reports.Add(new CaseReport(path, caseEvaluated.Report, residuals));
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

    /// <summary>
    /// The paths without JSON Schema files (<c>*.schema.json</c>), each skipped with a note: a glob such as
    /// <c>seeds/*.json</c> takes in the schema the cases name, and rule directories skip such files the same way.
    /// </summary>
    private List<string> WithoutSchemas(IReadOnlyList<string> paths)
    {
        var cases = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            if (path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            {
                output.WriteError($"spinetriage: note: skipped {path}: a *.schema.json file is a JSON Schema, not a case.");
            }
            else
            {
                cases.Add(path);
            }
        }

        return cases;
    }

    /// <summary>"assessment / rule: residual" for each Unknown rule, with the residual in plain language below it.</summary>
    private static List<string> ResidualLines(IReadOnlyList<UnknownRuleResidual> residuals) =>
        [.. residuals.Select(r => $"{r}\n    in words: {r.Residual.ToPlainLanguage()}")];

    private (PatientCase Case, TriageReport Report)? Evaluate(ITriageEngine engine, string path)
    {
        var (patientCase, problems) = CaseFileReader.Read(path);
        if (patientCase is null)
        {
            ProblemWriter.Write(problems, output);
            return null;
        }

        try
        {
            return (patientCase, engine.Evaluate(patientCase));
        }
        catch (CaseValidationException exception)
        {
            ProblemWriter.Write(exception.Problems.Select(p => p with { File = p.File ?? path }).ToList(), output);
            return null;
        }
    }
}

/// <summary>A report and the case file it came from, with the residual conditions of its Unknown rules when asked for (<c>--explain</c>).</summary>
internal sealed record CaseReport(string Path, TriageReport Report, IReadOnlyList<string>? Residuals = null);
