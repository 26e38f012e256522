using System.Text;
using SpineTriage.Citations;
using SpineTriage.Rules;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Tests.Citations;

/// <summary>The bibliography reader's locations: syntax problems as the engine reports them in a rule file, every other problem at the value or name it is about, in a fixed order.</summary>
public sealed class BibliographyReaderTests
{
    private static (Bibliography? Bibliography, IReadOnlyList<Diagnostic> Problems) Read(string json, int maxDepth = 64)
    {
        var bibliography = BibliographyReader.Read(new RuleSource("references.json", json), new RuleLimits { MaxJsonDepth = maxDepth }, out var problems);
        return (bibliography, problems);
    }

    private static string Scale(string levels = """[ { "level": "1a", "meaning": "m" } ]""") => $$"""{ "name": "Oxford CEBM 2009", "levels": {{levels}} }""";

    private static string Entry(string key = "who-1994") => $$"""{ "key": "{{key}}", "title": "T", "authors": "WHO", "year": 1994, "pmid": "123", "supports": "s" }""";

    [Fact]
    public void Names_and_values_are_read_with_comments_trailing_commas_and_escapes()
    {
        var (bibliography, problems) = Read("// note\n{ \"evidenceScale\": " + Scale() + ", \"references\": [ { \"key\": \"a\", \"title\": \"x\\u00e9\", \"authors\": \"A\", \"year\": 2021, \"url\": \"https://example.org/\", \"supports\": \"s\", }, ], }");

        Assert.Empty(problems);
        var entry = Assert.Single(bibliography!.Entries);
        Assert.Equal(("A. xé. 2021. https://example.org/", 2, 117, "$.references[0]"), (entry.Citation.Text, entry.Location.Line, entry.Location.Column, entry.Location.JsonPath));
    }

    [Fact]
    public void Malformed_json_is_one_located_error()
    {
        var (bibliography, problems) = Read("{\n  \"a\": tru }");

        Assert.Null(bibliography);
        var error = Assert.Single(problems);
        Assert.Equal((DiagnosticCodes.MalformedJson, 2, 11, "$"), (error.Code, error.Line, error.Column, error.JsonPath));
        Assert.StartsWith("The file is not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}\n  {}", 2, 3, "is invalid after a single JSON value")]
    [InlineData("", 1, 1, "The file is not valid JSON")]
    [InlineData("{ \"references\": [ \"\\ud800\" ] }", 1, 19, "lone \\ud800 surrogate")]
    public void Syntax_problems_stop_the_read_with_one_located_error(string json, int line, int column, string message)
    {
        var (bibliography, problems) = Read(json);

        Assert.Null(bibliography);
        var error = Assert.Single(problems);
        Assert.Equal((DiagnosticCodes.MalformedJson, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_semantic_problem_before_a_syntax_error_is_not_reported_only_the_syntax_error_is()
    {
        var (_, problems) = Read("{ \"evidenceScale\": 1, \"references\": [ } ");

        Assert.Equal([DiagnosticCodes.MalformedJson], problems.Select(p => p.Code));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_located_at_the_first_level_too_deep()
    {
        var (bibliography, problems) = Read("[[[1]]]", maxDepth: 2);

        Assert.Null(bibliography);
        var error = Assert.Single(problems);
        Assert.Equal((DiagnosticCodes.JsonTooDeep, 1, 3), (error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}\n  {}")]
    [InlineData("{ \"a\": tru }")]
    [InlineData("[[[1]]]")]
    public void Syntax_problems_speak_of_the_bibliography_not_of_rule_files(string json)
    {
        var (_, problems) = Read(json, maxDepth: 2);

        var error = Assert.Single(problems);
        Assert.DoesNotContain("workflow", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("the rules", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Problems_come_in_a_fixed_order_whatever_the_order_of_the_fields_in_the_file()
    {
        // The root's own field problems first, then the scale's (its fields, then its levels), then the entries'.
        var json = "{ \"references\": [ " + Entry("Bad") + " ],\n  \"evidenceScale\": { \"levels\": [ { \"level\": 5 } ], \"name\": \"\" },\n  \"extra\": 1 }";

        var (bibliography, problems) = Read(json);

        Assert.Null(bibliography);
        Assert.Equal(
            [
                ("$.extra", 3, 3),
                ("$.evidenceScale.name", 2, 60),
                ("$.evidenceScale.levels[0].level", 2, 45),
                ("$.evidenceScale.levels[0].meaning", 2, 34),
                ("$.references[0].key", 1, 28),
            ],
            problems.Select(p => (p.JsonPath!, p.Line, p.Column)));
    }

    [Fact]
    public void A_repeated_field_is_reported_at_its_second_name_and_the_first_value_is_the_one_read()
    {
        var json = "{ \"evidenceScale\": " + Scale() + ", \"references\": [ " + Entry().Replace("\"key\": \"who-1994\"", "\"key\": \"who-1994\", \"key\": \"Bad\"", StringComparison.Ordinal) + " ] }";

        var (_, problems) = Read(json);

        var error = Assert.Single(problems);
        Assert.Equal(("$.references[0].key", 1, 138), (error.JsonPath, error.Line, error.Column));
        Assert.Contains("appears more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_or_missing_list_of_levels_is_located_at_the_list_or_the_scale()
    {
        Assert.Equal((1, 60), Location(Read("{ \"evidenceScale\": " + Scale("[]") + ", \"references\": [] }").Problems));
        Assert.Equal((1, 20), Location(Read("{ \"evidenceScale\": { \"name\": \"n\" }, \"references\": [] }").Problems));

        static (int, int) Location(IReadOnlyList<Diagnostic> problems) => (Assert.Single(problems).Line, problems[0].Column);
    }
}
