using SpineTriage.Checking;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Citations;

/// <summary>Rules cite keys of references.json: unknown keys and levels are located load errors, uncited entries are warnings.</summary>
public sealed class BibliographyTests
{
    private const string Workflow = """
        { "WorkflowName": "W", "Properties": { "spinetriage": { "assessment": "a", "verdicts": [ "Stop", "Go" ], "default": "Go" } },
          "Rules": [ { "RuleName": "Stop_Old", "Expression": "patient.Age > 80", "SuccessEvent": "Stop",
                       "Properties": { "kind": "verdict", "reason": "r", "source": "who-1994", "evidenceLevel": "5", "evidence": "e" } } ] }
        """;

    private const string References = """
        { "evidenceScale": { "name": "Oxford CEBM 2009", "levels": [ { "level": "1a", "meaning": "m" }, { "level": "5", "meaning": "m" } ] },
          "references": [
            { "key": "who-1994", "title": "T", "authors": "WHO", "year": 1994, "url": "https://iris.who.int/handle/10665/39142", "supports": "s" },
            { "key": "acr-2021", "label": "ACR (2021)", "title": "ACR AC", "authors": "ACR", "year": 2021, "doi": "10.1016/j.jacr.2021.08.002", "supports": "s" } ] }
        """;

    private static RulePackCheckResult Check(string workflow, string references) =>
        RulePackCheck.Check([new RuleSource("pack.json", workflow), new RuleSource("references.json", references)], [], withWarnings: true);

    [Fact]
    public void An_unknown_source_key_is_a_located_load_error_with_a_did_you_mean()
    {
        var check = Check(Workflow.Replace("\"who-1994\"", "\"who-1995\"", StringComparison.Ordinal), References);

        var error = Assert.Single(check.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("SPT021", "pack.json", "Stop_Old", "$.Rules[0].Properties.source"), (error.Code, error.File, error.RuleName, error.JsonPath));
        Assert.True(error.Line > 0 && error.Column > 0);
        Assert.Contains("Did you mean 'who-1994'?", error.Message, StringComparison.Ordinal);
        Assert.False(check.Succeeded);
    }

    [Fact]
    public void A_key_in_an_array_of_sources_is_located_by_its_index()
    {
        var check = Check(Workflow.Replace("\"who-1994\"", "[\"who-1994\", \"acr-2012\"]", StringComparison.Ordinal), References);

        var error = Assert.Single(check.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("SPT021", "$.Rules[0].Properties.source[1]"), (error.Code, error.JsonPath));
        Assert.Contains("Did you mean 'acr-2021'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evidence_level_not_on_the_scale_is_a_load_error()
    {
        var error = Assert.Single(Check(Workflow.Replace("\"evidenceLevel\": \"5\"", "\"evidenceLevel\": \"PRIMARY\"", StringComparison.Ordinal), References).Diagnostics,
            d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(("SPT022", "$.Rules[0].Properties.evidenceLevel"), (error.Code, error.JsonPath));
        Assert.Contains("1a, 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_no_rule_cites_is_a_warning_at_the_entry()
    {
        var warning = Assert.Single(Check(Workflow, References).Diagnostics);

        Assert.Equal(("SPT206", DiagnosticSeverity.Warning, "references.json", "$.references[1]"), (warning.Code, warning.Severity, warning.File, warning.JsonPath));
        Assert.Equal(4, warning.Line);
        Assert.Contains("'acr-2021'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"url\": \"https://iris.who.int/handle/10665/39142\"", "", "$.references[0]", "no identifier")]
    [InlineData("\"url\": \"https://iris.who.int/handle/10665/39142\"", "\"url\": \"research/clinical-criteria.md\"", "$.references[0].url", "not an absolute http")]
    [InlineData("\"doi\": \"10.1016/j.jacr.2021.08.002\"", "\"doi\": \"https://doi.org/10.1016/x\"", "$.references[1].doi", "not a DOI")]
    [InlineData("\"key\": \"acr-2021\"", "\"key\": \"who-1994\"", "$.references[1].key", "already used")]
    [InlineData("\"year\": 1994", "\"year\": \"1994?\"", "$.references[0].year", "year of publication")]
    [InlineData("\"supports\": \"s\" },", "\"suports\": \"s\" },", "$.references[0].suports", "Did you mean 'supports'?")]
    public void A_bad_entry_is_a_located_error(string from, string to, string path, string message)
    {
        var references = References.Replace(from + (to.Length == 0 ? ", " : string.Empty), to, StringComparison.Ordinal);

        var error = Assert.Single(Check(Workflow, references).Diagnostics, d => d.JsonPath == path);

        Assert.Equal(("SPT020", DiagnosticSeverity.Error, "references.json"), (error.Code, error.Severity, error.File));
        Assert.True(error.Line > 0 && error.Column > 0);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_located_error_and_nothing_loads()
    {
        var check = Check(Workflow, References[..40]);

        Assert.False(check.Succeeded);
        Assert.Contains(check.Diagnostics, d => d.File == "references.json" && d.Severity == DiagnosticSeverity.Error && d.Line > 0);
    }

    [Fact]
    public void The_rule_set_hash_changes_with_the_bibliography()
    {
        var first = Check(Workflow, References);
        var second = Check(Workflow, References.Replace("\"supports\": \"s\" }", "\"supports\": \"t\" }", StringComparison.Ordinal));

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.NotEqual(first.Hash, second.Hash);
        Assert.NotEqual(first.RuleSet!.ContentHash, first.Hash);
        Assert.Equal(first.RuleSet.ContentHash, second.RuleSet!.ContentHash);
    }

    [Fact]
    public void Findings_carry_the_full_citation_and_its_address()
    {
        var check = Check(Workflow.Replace("\"who-1994\"", "[\"who-1994\", \"acr-2021\"]", StringComparison.Ordinal), References);

        var annotations = check.Assessments.Single().Annotations[0];

        Assert.Equal(["who-1994", "acr-2021"], annotations.Citations.Select(c => c.Key));
        Assert.Equal("WHO. T. 1994. https://iris.who.int/handle/10665/39142", annotations.Citations[0].Text);
        Assert.Equal(("ACR (2021)", "https://doi.org/10.1016/j.jacr.2021.08.002"), (annotations.Citations[1].Label, annotations.Citations[1].Url));
        Assert.Equal("WHO (1994)", annotations.Citations[0].Label);
        Assert.Equal("Oxford CEBM 2009 level 5: e", annotations.Evidence);
        Assert.Contains("doi:10.1016/j.jacr.2021.08.002", annotations.Source, StringComparison.Ordinal);
    }
}
