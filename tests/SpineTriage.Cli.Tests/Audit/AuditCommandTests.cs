using System.Text.Json;

namespace SpineTriage.Cli.Tests.Audit;

public sealed class AuditCommandTests
{
    [Fact]
    public void Malformed_lines_are_reported_by_line_number_and_every_good_line_still_gets_its_result()
    {
        var cohort = Cohorts.Generate(count: 600, malformedEvery: 50);
        var results = Cohorts.ResultsPath(".csv");

        var run = CliRun.Of("audit", cohort, "--out", results);

        Assert.Equal(1, run.ExitCode);
        var rows = Cohorts.CsvRows(results);
        Assert.Equal(600, rows.Length);
        for (var line = 1; line <= 600; line++)
        {
            var cells = rows[line - 1].Split(',');
            Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
            Assert.Equal(line % 50 == 0 ? "error" : "ok", cells[2]);
        }

        foreach (var line in new[] { 50, 100, 550, 600 })
        {
            Assert.Contains($"{cohort}:{line}: error SPX020: ", run.Error, StringComparison.Ordinal);
        }

        Assert.Contains("Malformed lines: 12 (2.0 % of lines) at lines 50, 100, 150", run.Output, StringComparison.Ordinal);
        Assert.Contains("588 evaluated, 12 malformed", run.Output, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_clean_generated_cohort_is_evaluated_without_errors_and_exits_0()
    {
        var cohort = Cohorts.Generate(count: 500, malformedEvery: 0);

        // No timed progress lines: on a loaded machine the run can pass the 10-second default and print one, which is not an error.
        var run = CliRun.Of("audit", cohort, "--progress-seconds", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("500 evaluated, 0 malformed", run.Output, StringComparison.Ordinal);
        Assert.Contains("Malformed lines: none.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_counts_verdicts_per_assessment_red_flags_and_incomplete_cases_with_percentages()
    {
        var cohort = Cohorts.Write(Cohorts.SeedLine("cauda-equina"), Cohorts.SeedLine("cauda-equina"), Cohorts.SeedLine("degenerative-spondylolisthesis-ready"), Cohorts.SeedLine("missing-data"));

        var run = CliRun.Of("audit", cohort);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Lumbar fusion appropriateness \(fusion\) +cases +%\n", run.Output);
        Assert.Matches(@"\n  Urgent +2 +50\.0 %\n", run.Output);
        Assert.Matches(@"\n  Appropriate +1 +25\.0 %\n", run.Output);
        Assert.Matches(@"\n  with red flags +2 +50\.0 %\n", run.Output);
        Assert.Matches(@"\n  Incomplete in at least one assessment +1 +25\.0 %\n", run.Output);
        Assert.Matches(@"\n  care\.ptWeeks +1 +25\.0 %\n", run.Output);

        // The fissure grade is missing in missing-data too, but decides neither assessment.
        Assert.DoesNotContain("annularFissureGrade", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_results_hold_verdict_and_missing_per_assessment_red_flags_and_errors_in_input_order()
    {
        var cohort = Cohorts.Write(
            $$"""{"id": "a", "case": {{Cohorts.SeedLine("cauda-equina")}}}""",
            string.Empty,
            Cohorts.SeedLine("missing-data"),
            """{"id": 17, "case": {"patient": {"age": 150}}}""");
        var results = Cohorts.ResultsPath(".jsonl");

        var run = CliRun.Of("audit", cohort, "--out", results);

        Assert.Equal(1, run.ExitCode);
        var rows = File.ReadAllLines(results).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal([1L, 3L, 4L], rows.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal("a", rows[0].GetProperty("id").GetString());
        Assert.Equal("Urgent", rows[0].GetProperty("assessments").GetProperty("fusion").GetProperty("verdict").GetString());
        Assert.Equal("RedFlag_CaudaEquina", rows[0].GetProperty("redFlags")[0].GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("id").ValueKind);
        Assert.Equal("Incomplete", rows[1].GetProperty("assessments").GetProperty("fusion").GetProperty("verdict").GetString());
        Assert.Contains("symptoms.imagingConcordant", rows[1].GetProperty("assessments").GetProperty("fusion").GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("17", rows[2].GetProperty("id").GetString());
        Assert.Equal("error", rows[2].GetProperty("status").GetString());
        Assert.StartsWith("$.case.patient.age (column ", rows[2].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Envelope_with_other_members_and_truncated_lines_are_error_rows_with_the_reason()
    {
        var cohort = Cohorts.Write(
            """{"id": "x", "case": {}, "note": "extra"}""",
            """{"id": "y", "case": {"patient": {"age": 4""",
            "not json at all");
        var results = Cohorts.ResultsPath(".csv");

        var run = CliRun.Of("audit", cohort, "--out", results);

        Assert.Equal(1, run.ExitCode);
        var rows = Cohorts.CsvRows(results);
        Assert.Contains("remove 'note'", rows[0], StringComparison.Ordinal);
        Assert.Contains("The line is malformed JSON", rows[1], StringComparison.Ordinal);
        Assert.Contains("The case JSON is malformed", rows[2], StringComparison.Ordinal);
        Assert.Contains($"{cohort}:3: error SPX020: $ (column ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_and_rules_options_reach_the_engine()
    {
        var cohort = Cohorts.Write(Cohorts.SeedLine("degenerative-spondylolisthesis-ready"));

        var unknownThreshold = CliRun.Of("audit", cohort, "--threshold", "noSuchThreshold=3");
        var missingRules = CliRun.Of("audit", cohort, "--rules", Path.Combine(RepositoryFiles.NewScratchDirectory(), "absent"));

        Assert.Equal(1, unknownThreshold.ExitCode);
        Assert.Contains("noSuchThreshold", unknownThreshold.Error, StringComparison.Ordinal);
        Assert.Equal(1, missingRules.ExitCode);
        Assert.Contains("SPX003", missingRules.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_cohort_is_bad_input_and_an_unknown_results_extension_is_a_usage_error()
    {
        var missing = CliRun.Of("audit", Path.Combine(RepositoryFiles.NewScratchDirectory(), "absent.jsonl"));
        var badExtension = CliRun.Of("audit", Cohorts.Write(Cohorts.SeedLine("missing-data")), "--out", "results.xlsx");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("error SPX001: The cohort file does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, badExtension.ExitCode);
        Assert.Contains("must end in .csv", badExtension.Error, StringComparison.Ordinal);
    }
}
