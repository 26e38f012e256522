using SpineTriage.Cli.Output;
using SpineTriage.Rules;
using SpineTriage.Testing;

namespace SpineTriage.Cli.Test;

/// <summary>One run of <c>spinetriage test</c>: load the pack, run every test file, print results and the coverage table.</summary>
internal sealed class RuleTestSession(OutputWriter output)
{
    public int Run(string directory, double? minCoverage)
    {
        var testFiles = TestFiles(directory);
        if (testFiles is null)
        {
            return ExitCodes.BadInput;
        }

        if (TriageEngineLoader.TryCreate(directory, new Dictionary<string, double>(), output) is not TriageEngine engine)
        {
            return ExitCodes.BadInput;
        }

        var runs = new List<RuleTestRun>();
        foreach (var path in testFiles)
        {
            if (Load(path) is { } file)
            {
                output.WriteLine(path, Tone.Heading);
                var run = RuleTestRunner.Run(file, engine);
                TestResultWriter.Write(file, run, output);
                runs.Add(run);
            }
        }

        if (runs.Count < testFiles.Count)
        {
            return ExitCodes.BadInput;
        }

        var coverage = RuleCoverageTable.From(engine, runs);
        coverage.Write(output);
        var tests = runs.Sum(r => r.Results.Count);
        var failed = runs.Sum(r => r.FailedCount);
        output.WriteLine(
            $"{tests} test(s): {tests - failed} passed, {failed} failed. Met coverage {coverage.MetPercent:0.#} % ({coverage.MetCount} of {coverage.Rows.Count} rules).",
            failed > 0 ? Tone.Critical : Tone.Positive);
        if (minCoverage is { } minimum && coverage.MetPercent < minimum)
        {
            output.WriteLine($"Met coverage {coverage.MetPercent:0.#} % is below --min-coverage {minimum} %; add test cases that make the rules listed above Met.", Tone.Critical);
            return ExitCodes.BadInput;
        }

        return failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private List<string>? TestFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            ProblemWriter.Write([TriageEngineLoader.MissingDirectory(directory)], output);
            return null;
        }

        var testDirectory = Path.Combine(directory, "tests");
        var files = Directory.Exists(testDirectory)
            ? RuleSource.FilesIn(testDirectory).Where(f => f.EndsWith(".tests.json", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        if (files.Count == 0)
        {
            ProblemWriter.Write([new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.NoTestFiles, "There are no rule test files (tests/*.tests.json) in the rules directory; add one (format in rules/README.md, \"Rule tests\").") { File = testDirectory }], output);
            return null;
        }

        return files;
    }

    private RuleTestFile? Load(string path)
    {
        try
        {
            return RuleTestFile.Load(path);
        }
        catch (RuleTestFileException exception)
        {
            ProblemWriter.Write(exception.Problems, output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ProblemWriter.Write([new Diagnostic(DiagnosticSeverity.Error, CliProblemCodes.FileUnreadable, $"The test file cannot be read: {exception.Message}") { File = path }], output);
        }

        return null;
    }
}
