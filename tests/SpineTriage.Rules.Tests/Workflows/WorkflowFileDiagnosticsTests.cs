using static SpineTriage.Rules.Tests.Workflows.WorkflowFileReaderTests;

namespace SpineTriage.Rules.Tests.Workflows;

public sealed class WorkflowFileDiagnosticsTests
{
    [Fact]
    public void Unknown_field_is_an_error_with_did_you_mean_at_the_key()
    {
        var json = "{\n  \"WorkflowName\": \"W\",\n  \"Rules\": [\n    { \"RuleName\": \"R\", \"Expresion\": \"x\" }\n  ]\n}";

        var (_, diagnostics) = Read(json);

        var unknown = Assert.Single(diagnostics, d => d.Code == "SPR101");
        Assert.Equal((4, 24, "$.Rules[0].Expresion", "R", "W"), (unknown.Line, unknown.Column, unknown.JsonPath, unknown.RuleName, unknown.WorkflowName));
        Assert.Contains("Did you mean 'Expression'?", unknown.Message);
        Assert.Equal("rules.json", unknown.File);
    }

    [Fact]
    public void Several_problems_of_one_file_are_reported_together()
    {
        var json = """
            [
              { "WorkflowName": "A", "Rules": [
                  { "RuleName": "R1", "Expression": "x", "Enabeld": true },
                  { "RuleName": "R2", "Operator": "and", "Rules": [ { "RuleName": "C", "Expression": "y" } ] },
                  { "RuleName": "R3" },
                  { "RuleName": 5, "Expression": "z" } ] },
              { "WorkflowName": "", "Rules": [] }
            ]
            """;

        var (_, diagnostics) = Read(json);

        Assert.Equal(["SPR101", "SPR106", "SPR104", "SPR102", "SPR105"], diagnostics.Select(d => d.Code));
        Assert.Equal([3, 4, 5, 6, 7], diagnostics.Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.True(d.Column > 0 && d.JsonPath is not null));
    }

    [Fact]
    public void Operator_in_the_wrong_case_suggests_the_right_spelling()
    {
        var (workflows, diagnostics) = Read("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Operator":"orelse","Rules":[{"RuleName":"C","Expression":"y"}]}]}""");

        var error = Assert.Single(diagnostics);
        Assert.Equal("SPR106", error.Code);
        Assert.Contains("must be written 'OrElse'", error.Message);
        Assert.Equal("OrElse", workflows[0].Rules[0].Operator);
    }

    [Fact]
    public void Unknown_operator_lists_the_allowed_ones()
    {
        var (_, diagnostics) = Read("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Operator":"Xor","Rules":[{"RuleName":"C","Expression":"y"}]}]}""");

        Assert.Contains("And, AndAlso, Or, OrElse", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("""{"RuleName":"R","Operator":"And"}""", "SPR107")]
    [InlineData("""{"RuleName":"R","Operator":"And","Rules":[]}""", "SPR107")]
    [InlineData("""{"RuleName":"R","Expression":"x","Rules":[{"RuleName":"C","Expression":"y"}]}""", "SPR108")]
    [InlineData("""{"RuleName":"R"}""", "SPR104")]
    [InlineData("""{"RuleName":"R","Expression":"  "}""", "SPR104")]
    [InlineData("""{"Expression":"x"}""", "SPR104")]
    [InlineData("""{"RuleName":"","Expression":"x"}""", "SPR105")]
    [InlineData("""{"RuleName":"R","Expression":"x","expression":"y"}""", "SPR103")]
    [InlineData("""{"RuleName":"R","Expression":1}""", "SPR102")]
    [InlineData("""{"RuleName":"R","Expression":"x","Rules":{}}""", "SPR102")]
    [InlineData("""{"RuleName":"R","Expression":"x","Properties":[1]}""", "SPR102")]
    [InlineData("""{"RuleName":"R","Expression":"x","LocalParams":[{"Name":"a"}]}""", "SPR104")]
    [InlineData("""{"RuleName":"R","Expression":"x","Actions":{"OnSucess":null}}""", "SPR101")]
    [InlineData("""{"RuleName":"R","Expression":"x","Actions":{"OnSuccess":{"Context":{}}}}""", "SPR104")]
    [InlineData("\"just a string\"", "SPR102")]
    public void Malformed_rule_is_an_error(string rule, string code)
    {
        var (_, diagnostics) = Read($$"""{"WorkflowName":"W","Rules":[{{rule}}]}""");

        var error = Assert.Single(diagnostics);
        Assert.Equal(code, error.Code);
        Assert.StartsWith("$.Rules[0]", error.JsonPath);
    }

    [Fact]
    public void Expression_beside_operator_and_rules_is_a_warning_that_it_is_ignored()
    {
        var (_, diagnostics) = Read("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Operator":"And","Expression":"x","Rules":[{"RuleName":"C","Expression":"y"}]}]}""");

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, "SPR111"), (warning.Severity, warning.Code));
    }

    [Theory]
    [InlineData("""{"WorkflowName":"W"}""", "SPR110")]
    [InlineData("""{"WorkflowName":"W","Rules":[]}""", "SPR110")]
    [InlineData("""{"Rules":[{"RuleName":"R","Expression":"x"}]}""", "SPR104")]
    [InlineData("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"x"}],"GlobalParams":{}}""", "SPR102")]
    [InlineData("""{"WorkflowName":"W","WorkflowsToInject":[1]}""", "SPR102")]
    [InlineData("42", "SPR112")]
    [InlineData("", "SPR002")]
    public void Malformed_workflow_is_an_error(string json, string code)
    {
        var (_, diagnostics) = Read(json);

        Assert.Contains(code, diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Workflow_with_only_injections_needs_no_rules()
    {
        var (_, diagnostics) = Read("""{"WorkflowName":"W","WorkflowsToInject":["V"]}""");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Malformed_json_reports_its_line_and_character_column()
    {
        var json = "{\n  \"WorkflowName\": \"Wé€\", \"Rules\": [ { \"RuleName\": \"R\" \"Expression\": \"x\" } ]\n}";

        var (_, diagnostics) = Read(json);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("SPR002", 2), (error.Code, error.Line));
        Assert.Equal(json.Split('\n')[1].IndexOf("\"Expression\"", StringComparison.Ordinal) + 1, error.Column);
        Assert.DoesNotContain("BytePositionInLine", error.Message);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var json = "{\"WorkflowName\":\"Wé€😀\",\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"x\",\"Oops\":1}]}";

        var (_, diagnostics) = Read(json);

        Assert.Equal(json.IndexOf("\"Oops\"", StringComparison.Ordinal) + 1, Assert.Single(diagnostics).Column);
    }

    [Fact]
    public void Json_nested_deeper_than_the_limit_is_an_error()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 10)) + "1" + new string('}', 10);
        var json = $$"""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"x","Properties":{{deep}}}]}""";

        var (_, diagnostics) = Read(json, new RuleLimits { MaxJsonDepth = 8 });

        Assert.Equal("SPR003", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void File_larger_than_the_limit_is_an_error()
    {
        var (_, diagnostics) = Read("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"x"}]}""", new RuleLimits { MaxFileBytes = 20 });

        Assert.Equal(("SPR001", 1), (Assert.Single(diagnostics).Code, diagnostics[0].Line));
    }

    [Fact]
    public void More_rules_than_the_limit_is_an_error()
    {
        var json = """{"WorkflowName":"W","Rules":[{"RuleName":"R","Operator":"And","Rules":[{"RuleName":"A","Expression":"x"},{"RuleName":"B","Expression":"y"}]}]}""";

        var (_, diagnostics) = Read(json, new RuleLimits { MaxRulesPerWorkflow = 2 });

        Assert.Equal("SPR113", Assert.Single(diagnostics).Code);
    }
}
