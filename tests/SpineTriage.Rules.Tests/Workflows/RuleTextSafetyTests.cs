using System.Text.Json;
using SpineTriage.Rules.Tests.Evaluation;

namespace SpineTriage.Rules.Tests.Workflows;

// Issue 12, items 7 and 8: control, direction and invisible characters in rule text, and repeated keys in Properties,
// are located load errors.
public sealed class RuleTextSafetyTests
{
    [Theory]
    [InlineData("\u001b[2J", "U+001B")]
    [InlineData("Reversed \u202Etxt", "U+202E")]
    [InlineData("Line\n# heading", "U+000A")]
    [InlineData("nul\0", "U+0000")]
    [InlineData("zero\u200Bwidth", "U+200B")]
    [InlineData("isolate\u2066", "U+2066")]
    public void A_control_or_direction_character_in_a_reason_is_a_located_error(string reason, string codePoint)
    {
        var json = TestRules.Workflow($$$"""{"RuleName":"R","Expression":"subject.Age > 1","Properties":{"reason":{{{JsonSerializer.Serialize(reason)}}}}}""");

        var error = Assert.Single(TestRules.Errors(json));

        Assert.Equal(("SPR114", "$.Rules[0].Properties.reason", 1), (error.Code, error.JsonPath, error.Line));
        Assert.Equal(json.IndexOf("\"reason\":", StringComparison.Ordinal) + 10, error.Column);
        Assert.Contains(codePoint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_error_messages_and_nested_properties_are_checked_but_expressions_may_span_lines()
    {
        var json = TestRules.Workflow("""
            {"RuleName":"R\u202E","Expression":"subject.Age >\n 1","ErrorMessage":"a\tb","Properties":{"next\u0007":["ok","bad\u001b"]}}
            """);

        var errors = TestRules.Errors(json);

        Assert.Equal(
            ["$.Rules[0].RuleName", "$.Rules[0].ErrorMessage", "$.Rules[0].Properties.next\u0007", "$.Rules[0].Properties.next\u0007[1]"],
            errors.Where(e => e.Code == "SPR114").Select(e => e.JsonPath));
    }

    [Fact]
    public void The_default_pack_has_no_unsafe_character()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("subject", typeof(TestSubject)));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "rules"), "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(RuleSet.TryLoad([RuleSource.FromFile(file)], options).Problems, d => d.Code == "SPR114");
        }
    }

    [Theory]
    [InlineData("""{"kind":"redFlag","reason":"r","kind":"info"}""", "$.Rules[0].Properties.kind")]
    [InlineData("""{"Kind":"redFlag","kind":"info"}""", "$.Rules[0].Properties.kind")]
    [InlineData("""{"spinetriage":{"nextSteps":{"A":["x"],"A":["y"]}}}""", "$.Rules[0].Properties.spinetriage.nextSteps.A")]
    [InlineData("""{"list":[{"k":1,"k":2}]}""", "$.Rules[0].Properties.list[0].k")]
    public void A_key_repeated_in_properties_is_a_located_error_like_a_repeated_field(string properties, string path)
    {
        var json = TestRules.Workflow($$"""{"RuleName":"R","Expression":"subject.Age > 1","Properties":{{properties}}}""");

        var error = Assert.Single(TestRules.Errors(json));

        Assert.Equal(("SPR103", path), (error.Code, error.JsonPath));
        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
        Assert.True(error.Column > 1);
    }
}
