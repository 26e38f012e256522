using SpineTriage.Cli.Validate;

namespace SpineTriage.Cli.Tests;

public sealed class ExpressionNeutralizerTests
{
    private const string Workflows = """
        [
          { "WorkflowName": "A", "Rules": [ { "RuleName": "R", "Expression": "patient.Agee > 80" } ] },
          { "WorkflowName": "B", "GlobalParams": [ { "Name": "g", "Expression": "1 + \"x\"" } ],
            "Rules": [ { "RuleName": "P", "Operator": "And", "Rules": [ { "RuleName": "C", "Expression": "x < 3 // é" } ] } ] }
        ]
        """;

    [Fact]
    public void Refused_expressions_become_true_padded_to_the_same_length()
    {
        var result = ExpressionNeutralizer.Neutralize(Workflows, ["$[0].Rules[0].Expression", "$[1].Rules[0].Rules[0].Expression"]);

        Assert.NotNull(result);
        Assert.Contains("\"Expression\": \"true             \"", result, StringComparison.Ordinal);
        Assert.Contains("\"Expression\": \"true      \"", result, StringComparison.Ordinal);
        Assert.Contains("\"Expression\": \"1 + \\\"x\\\"\"", result, StringComparison.Ordinal);
        Assert.Equal(Workflows.Split('\n').Select(l => l.Length), result.Split('\n').Select(l => l.Length));
    }

    [Fact]
    public void Paths_match_field_names_case_insensitively_and_escaped_strings_keep_their_raw_length()
    {
        var result = ExpressionNeutralizer.Neutralize(Workflows, ["$[1].globalParams[0].expression"]);

        Assert.Contains("\"Expression\": \"true     \"", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$[0].Rules[5].Expression")]
    [InlineData("$[0].Rules[0]")]
    public void A_path_that_is_not_a_string_value_gives_null(string path)
    {
        Assert.Null(ExpressionNeutralizer.Neutralize(Workflows, [path]));
    }

    [Fact]
    public void Malformed_json_gives_null()
    {
        Assert.Null(ExpressionNeutralizer.Neutralize("{ \"Rules\": [ ", ["$.Rules[0].Expression"]));
    }
}
