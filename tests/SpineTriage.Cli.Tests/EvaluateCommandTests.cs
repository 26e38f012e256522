using System.Text.Json;

namespace SpineTriage.Cli.Tests;

public sealed class EvaluateCommandTests
{
    private static readonly string ReadySeed = RepositoryFiles.Seed("degenerative-spondylolisthesis-ready");
    private static readonly string[] AssessmentKeys = ["fusion", "biologic", "revision"];

    [Fact]
    public void Text_format_shows_disclaimer_verdicts_reasons_with_rule_and_source_next_steps_and_rule_set_hash()
    {
        var run = CliRun.Of("evaluate", ReadySeed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("Case " + ReadySeed + "\nDecision support, not diagnosis", run.Output, StringComparison.Ordinal);
        Assert.Contains("Lumbar fusion appropriateness: Appropriate", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Reasons\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("rule ", run.Output, StringComparison.Ordinal);
        Assert.Contains("· source: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Next steps\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Rule set sha256:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_lists_red_flags_before_the_assessments()
    {
        var run = CliRun.Of("evaluate", RepositoryFiles.Seed("cauda-equina"));

        Assert.Equal(0, run.ExitCode);
        var redFlags = run.Output.IndexOf("RED FLAGS", StringComparison.Ordinal);
        Assert.InRange(redFlags, 0, run.Output.IndexOf("Lumbar fusion appropriateness", StringComparison.Ordinal));
        Assert.Contains("Lumbar fusion appropriateness: Urgent", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_lists_missing_inputs_when_the_verdict_is_incomplete()
    {
        var run = CliRun.Of("evaluate", RepositoryFiles.Seed("missing-data"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": Incomplete\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Missing data that would change the verdict\n    - ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_lists_the_possible_verdicts_with_their_conditions_and_the_missing_data_that_would_not_change_a_verdict()
    {
        var run = CliRun.Of("evaluate", RepositoryFiles.Seed("missing-data"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Lumbar fusion appropriateness: Incomplete\n  Possible verdicts, depending on the missing data\n    - NeedsWorkup if symptoms imaging concordant is false\n    - NotIndicated if ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Biologic disc repair candidacy: NotCandidate\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Missing data that would not change this verdict\n    - imaging.levels[0].annularFissureGrade\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_each_unknown_rule_with_its_residual_condition_over_the_missing_data()
    {
        var run = CliRun.Of("evaluate", RepositoryFiles.Seed("missing-data"), "--explain");

        Assert.Equal(0, run.ExitCode);
        var section = run.Output[run.Output.IndexOf("Residual conditions of the Unknown rules", StringComparison.Ordinal)..];
        Assert.Contains("  revision / OptimizeFirst_SevereObesity: patient.Bmi >= 40.0\n    in words: patient bmi is at least 40\n", section, StringComparison.Ordinal);
        Assert.Contains("imaging.Levels[0].AnnularFissureGrade >= 3", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_is_refused_with_the_json_formats()
    {
        var run = CliRun.Of("evaluate", ReadySeed, "--explain", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--explain works with --format text or markdown.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_has_an_assessments_object_with_verdict_and_missing_for_fusion_biologic_and_revision()
    {
        var run = CliRun.Of("evaluate", ReadySeed, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var assessments = document.RootElement.GetProperty("assessments");
        foreach (var key in AssessmentKeys)
        {
            Assert.Equal(JsonValueKind.String, assessments.GetProperty(key).GetProperty("verdict").ValueKind);
            Assert.Equal(JsonValueKind.Array, assessments.GetProperty(key).GetProperty("missing").ValueKind);
        }

        Assert.Equal("Appropriate", assessments.GetProperty("fusion").GetProperty("verdict").GetString());
        Assert.StartsWith("sha256:", document.RootElement.GetProperty("ruleSetHash").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_format_is_the_markdown_report()
    {
        var run = CliRun.Of("evaluate", ReadySeed, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# SpineTriage report\n\n> Decision support, not diagnosis", run.Output, StringComparison.Ordinal);
        Assert.Contains("## Lumbar fusion appropriateness: **Appropriate**", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cds_hooks_format_is_a_cards_response_with_one_card_per_assessment()
    {
        var run = CliRun.Of("evaluate", ReadySeed, "--format", "cds-hooks");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var cards = document.RootElement.GetProperty("cards");
        Assert.Equal(3, cards.GetArrayLength());
        Assert.All(cards.EnumerateArray(), card => Assert.True(card.GetProperty("summary").GetString()!.Length < 140));
    }

    [Fact]
    public void Format_names_are_case_insensitive()
    {
        Assert.Equal(0, CliRun.Of("evaluate", ReadySeed, "--format", "JSON").ExitCode);
    }

    [Fact]
    public void Several_cases_with_json_give_an_array_of_reports_each_naming_its_case()
    {
        var other = RepositoryFiles.Seed("revision-rod-fracture");
        var run = CliRun.Of("evaluate", ReadySeed, other, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var reports = document.RootElement.EnumerateArray().ToList();
        Assert.Equal([ReadySeed, other], reports.Select(r => r.GetProperty("case").GetString()));
        Assert.All(reports, r => Assert.Equal(JsonValueKind.Object, r.GetProperty("assessments").ValueKind));
    }

    [Fact]
    public void Every_file_of_the_seeds_glob_is_evaluated_and_the_case_schema_beside_them_is_skipped_with_a_note()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "seeds"), "*.json").Order(StringComparer.Ordinal).ToArray();
        var schema = Path.Combine(RepositoryFiles.Root, "seeds", "case.schema.json");
        Assert.Contains(schema, files);

        var run = CliRun.Of(["evaluate", .. files, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(files.Where(f => f != schema), document.RootElement.EnumerateArray().Select(r => r.GetProperty("case").GetString()));
        Assert.Contains($"note: skipped {schema}: a *.schema.json file is a JSON Schema, not a case.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_schema_files_are_no_case_to_evaluate()
    {
        var run = CliRun.Of("evaluate", Path.Combine(RepositoryFiles.Root, "seeds", "case.schema.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no case file to evaluate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_case_among_several_is_reported_and_the_others_are_still_evaluated()
    {
        var bad = RepositoryFiles.WriteScratchFile("bad.json", "{ \"patient\": { \"age\": \"sixty\" } }");
        var last = RepositoryFiles.Seed("revision-rod-fracture");

        var run = CliRun.Of("evaluate", ReadySeed, bad, last, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal([ReadySeed, last], document.RootElement.EnumerateArray().Select(r => r.GetProperty("case").GetString()));
        Assert.Contains($"{bad}:1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("[$.patient.age]", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 3 case(s) could not be evaluated", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Several_cases_in_text_are_each_headed_by_their_file()
    {
        var other = RepositoryFiles.Seed("revision-rod-fracture");
        var run = CliRun.Of("evaluate", ReadySeed, other);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Case " + ReadySeed + "\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nCase " + other + "\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_override_changes_the_rule_set_hash()
    {
        var plain = JsonDocument.Parse(CliRun.Of("evaluate", ReadySeed, "-f", "json").Output);
        var run = CliRun.Of("evaluate", ReadySeed, "-f", "json", "--threshold", "nicotineFreeWeeksMin=8");

        Assert.Equal(0, run.ExitCode);
        var overridden = JsonDocument.Parse(run.Output);
        Assert.NotEqual(plain.RootElement.GetProperty("ruleSetHash").GetString(), overridden.RootElement.GetProperty("ruleSetHash").GetString());
    }

    [Fact]
    public void A_rules_directory_is_used_instead_of_the_embedded_pack()
    {
        var run = CliRun.Of("evaluate", ReadySeed, "--rules", RepositoryFiles.RulesDirectory, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(run.Output).RootElement.GetProperty("assessments").ValueKind);
    }
}
