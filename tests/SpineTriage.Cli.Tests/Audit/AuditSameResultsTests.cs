using System.Text;
using SpineTriage.Cases;
using SpineTriage.Cli.Audit;
using SpineTriage.Cli.Output;
using SpineTriage.Hostile;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Tests.Audit;

// Issue 15: the audit reads UTF-8 bytes in blocks, takes valid lines in one pass, evaluates verdicts only and formats rows on
// the workers; its results must be those of the path it replaced: lines read as text (JsonLinesReader), each through the
// envelope and the located case read (CohortLineEvaluator without bytes), one after another, and each row's verdicts, missing
// inputs and red flags taken from the full report. Same rows, byte for byte, on a generated cohort with malformed
// lines and on hand-made lines that come close to valid (escaped member names, recased enums, null elements, BOMs, CRLF,
// a line over the limit). Bytes that are not UTF-8 are an error row since issue 12 item 11 (HostileCohortTests), on purpose.
public sealed class AuditSameResultsTests
{
    private static readonly string[] NearMisses =
    [
        """{"id":"a1","case":{"patient":{"age":50}}}""",
        """{"id":17,"case":{"patient":{"age":50}}}""",
        """{"case":{"patient":{"age":50}},"id":"after"}""",
        """{"case":{"patient":{"age":50}}}""",
        """{"\u0069d":"escaped id","case":{"patient":{"age":50}}}""",
        """{"id":"escaped case","c\u0061se":{"patient":{"age":50}}}""",
        """{"id":null,"case":{"patient":{"age":50}}}""",
        """{"id":"\ud800","case":{"patient":{"age":50}}}""",
        """{"id":"x","case":null}""",
        """{"id":"x","case":[]}""",
        """{"id":"x","case":{"patient":{"sex":"Female"}}}""",
        """{"id":"x","case":{"imaging":{"levels":[null]}}}""",
        """{"id":"x","case":{"$schema":null}}""",
        """{"id":"x","case":{"patient":{"age":50}}} // a comment""",
        """{"id":"x","extra":1,"case":{"patient":{"age":50}}}""",
        """{"patient":{"age":50},"case":{}}""",
        """{"patient":{"age":50},"notes":{"case":1}}""",
        """{"patient":{"sex":"female"}}""",
        """{"patient":{"sex":"FEMALE"}}""",
        """{"patient":{"age":1e999999}}""",
        """{"id":"deep","case":""" + new string('[', 40) + new string(']', 40) + "}",
        "\uFEFF{\"patient\":{\"age\":50}}",
        "{\"patient\":{\"age\":50}}\r",
        "\u00a0\u2028",
        "[1,2]",
        "{\"id\":\"é\",\"case\":{\"imaging\":{\"levels\":[{\"level\":\"L4-L5\",\"stenosis\":\"severe\"}]}}}",
    ];

    [Theory]
    [InlineData(".csv")]
    [InlineData(".jsonl")]
    public void The_rows_are_those_of_the_text_path_line_by_line(string extension)
    {
        var generated = File.ReadAllLines(Cohorts.Generate(count: 100, malformedEvery: 11));
        var cohort = Path.Combine(RepositoryFiles.NewScratchDirectory(), "cohort.jsonl");
        var text = string.Join("\n", [.. generated, .. NearMisses, .. HostileCaseFiles.CohortLines.Select(l => l.Line), new string('x', 5000), "{}"]) + "\n";
        File.WriteAllText(cohort, text);
        var settings = new AuditSettings(cohort) { Workers = 2, BatchSize = 7, MaxLineChars = 4000, ResultsPath = Cohorts.ResultsPath(extension) };

        var exitCode = new AuditRun(new OutputWriter(new StringWriter(), new StringWriter())).Run(settings, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var expected = TextPathRows(cohort, settings, extension);
        var actual = File.ReadAllText(settings.ResultsPath!);
        Assert.Equal(expected.Split('\n'), actual.Split('\n'));
        Assert.InRange(OnePassLines(cohort, settings.MaxLineChars), 85, 110);
    }

    /// <summary>The verdicts as a row took them from the full report before the audit evaluated verdicts only.</summary>
    private static TriageVerdicts FromFullReport(TriageEngine engine, string line)
    {
        var report = engine.Evaluate(PatientCaseJson.Parse(CohortEnvelope.Open(line).CaseJson));
        var assessments = report.Assessments.Select(a => new AssessmentVerdict(a.Assessment, a.Verdict, [], a.DecidingInputs, a.Missing)).ToList();
        return new TriageVerdicts(assessments, [.. report.RedFlags.Select(f => f.RuleName)], report.RuleSetHash);
    }

    /// <summary>How many lines the one-pass path takes (the rest go the located way): the comparison must cover both.</summary>
    private static int OnePassLines(string cohort, int maxLineChars)
    {
        using var reader = new CohortBlockReader(File.OpenRead(cohort), maxLineChars);
        var count = 0;
        while (reader.Next() is { } line)
        {
            count += line.Utf8 is { } bytes && CohortLineFastPath.TryRead(bytes) is not null ? 1 : 0;
        }

        return count;
    }

    /// <summary>The results as the audit wrote them before issue 15: text lines, the envelope and the located read, one line at a time.</summary>
    private static string TextPathRows(string cohort, AuditSettings settings, string extension)
    {
        var engine = TriageEngine.Create();
        var assessments = AssessmentHeading.Of(engine).Select(a => a.Key).ToList();
        IAuditResultsWriter format = extension == ".csv" ? new CsvResultsWriter(assessments) : new JsonLinesResultsWriter(assessments);
        var evaluator = new CohortLineEvaluator(engine, settings.MaxLineChars);
        var rows = new StringBuilder(format.Header);
        using var reader = new JsonLinesReader(File.OpenRead(cohort), settings.MaxLineChars);
        while (reader.Next() is { } line)
        {
            Assert.Null(line.Utf8);
            CaseOutcome outcome;
            try
            {
                outcome = evaluator.Evaluate(line);
            }
            catch (Exception exception)
            {
                // As the old pipeline caught whatever escaped the evaluator: an internal-error row.
                outcome = CaseOutcome.Failed(line.Number, null, CohortLineEvaluator.InternalError(exception));
            }

            rows.Append(format.FormatRow(outcome.Verdicts is null ? outcome : outcome with { Verdicts = FromFullReport(engine, line.Decoded()) }));
        }

        return rows.ToString();
    }
}
