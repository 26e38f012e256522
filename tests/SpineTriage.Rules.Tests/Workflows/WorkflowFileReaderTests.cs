using SpineTriage.Rules.Diagnostics;
using System.Text.Json;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Tests.Workflows;

public sealed class WorkflowFileReaderTests
{
    internal static (IReadOnlyList<WorkflowDefinition> Workflows, IReadOnlyList<Diagnostic> Diagnostics) Read(string json, RuleLimits? limits = null)
    {
        var diagnostics = new DiagnosticList(DiagnosticCodes.MoreProblems);
        var workflows = WorkflowFileReader.Read(new RuleSource("rules.json", json), limits ?? new RuleLimits(), diagnostics);
        return (workflows, diagnostics.ToList());
    }

    [Fact]
    public void Single_workflow_object_is_read()
    {
        var (workflows, diagnostics) = Read("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"a.X > 1"}]}""");

        Assert.Empty(diagnostics);
        var workflow = Assert.Single(workflows);
        Assert.Equal("W", workflow.Name);
        Assert.Equal("a.X > 1", Assert.Single(workflow.Rules).Expression!.Text);
    }

    [Fact]
    public void A_plain_rule_makes_no_details_and_the_rarely_written_parts_are_kept_when_written()
    {
        var (workflows, diagnostics) = Read("""
            {"WorkflowName":"W","Rules":[{"RuleName":"Plain","Expression":"a.X > 1","Enabled":true},
             {"RuleName":"Off","Expression":"a.X > 2","Enabled":false},
             {"RuleName":"Props","Expression":"a.X > 3","Properties":{"k":[1,2]},"SuccessEvent":"S"}]}
            """);

        Assert.Empty(diagnostics);
        var (plain, off, props) = (workflows[0].Rules[0], workflows[0].Rules[1], workflows[0].Rules[2]);
        Assert.False(plain.HasDetails);
        Assert.True(plain.Enabled);
        Assert.Null(plain.Operator);
        Assert.Equal(JsonValueKind.Undefined, plain.Properties.ValueKind);
        Assert.Empty(plain.Rules);
        Assert.Empty(plain.LocalParams);
        Assert.Empty(plain.WorkflowsToInject);
        Assert.False(off.Enabled);
        Assert.Equal("S", props.SuccessEvent);
        Assert.Equal(2, props.Properties.GetProperty("k").GetArrayLength());
        Assert.Equal(("rules.json", "$.Rules[2]"), (props.File, props.Location.JsonPath));
    }

    [Fact]
    public void Array_of_workflows_is_read_in_order()
    {
        var (workflows, diagnostics) = Read("""[{"WorkflowName":"A","Rules":[{"RuleName":"R","Expression":"x"}]},{"WorkflowName":"B","Rules":[{"RuleName":"R","Expression":"y"}]}]""");

        Assert.Empty(diagnostics);
        Assert.Equal(["A", "B"], workflows.Select(w => w.Name));
        Assert.Equal("$[1]", workflows[1].Location.JsonPath);
    }

    [Fact]
    public void Field_names_match_in_any_case()
    {
        var json = """
            {"workflowName":"W","globalParams":[{"name":"g","expression":"1"}],
             "rules":[{"ruleName":"R","operator":"Or","rules":[{"RULENAME":"C","EXPRESSION":"e","localParams":[{"Name":"l","Expression":"2"}]}],
                       "successEvent":"S","errorMessage":"M","enabled":true}]}
            """;

        var (workflows, diagnostics) = Read(json);

        Assert.Empty(diagnostics);
        var rule = Assert.Single(workflows[0].Rules);
        Assert.Equal(("Or", "S", "M"), (rule.Operator, rule.SuccessEvent, rule.ErrorMessage!.Text));
        Assert.Equal("l", Assert.Single(Assert.Single(rule.Rules).LocalParams).Name);
        Assert.Equal("g", Assert.Single(workflows[0].GlobalParams).Name);
    }

    [Theory]
    [InlineData("\"LambdaExpression\"")]
    [InlineData("\"lambdaexpression\"")]
    [InlineData("0")]
    public void RuleExpressionType_accepts_the_name_or_zero_at_both_levels(string value)
    {
        var (_, diagnostics) = Read($$"""{"WorkflowName":"W","RuleExpressionType":{{value}},"Rules":[{"RuleName":"R","RuleExpressionType":{{value}},"Expression":"x"}]}""");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("\"Lambda\"")]
    [InlineData("1")]
    [InlineData("true")]
    public void RuleExpressionType_other_values_are_errors(string value)
    {
        var (_, diagnostics) = Read($$"""{"WorkflowName":"W","Rules":[{"RuleName":"R","RuleExpressionType":{{value}},"Expression":"x"}]}""");

        Assert.Equal("SPR109", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Schema_and_legacy_ErrorType_are_ignored_without_diagnostics()
    {
        var (workflows, diagnostics) = Read("""{"$schema":"https://example/schema.json","WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"x","ErrorType":"Error"}]}""");

        Assert.Empty(diagnostics);
        Assert.Single(workflows);
    }

    [Fact]
    public void Properties_are_kept_as_raw_json_at_rule_and_workflow_level()
    {
        var (workflows, diagnostics) = Read("""{"WorkflowName":"W","Properties":{"precedence":["A","B"]},"Rules":[{"RuleName":"R","Expression":"x","Properties":{"source":"NASS 2014","weight":2.5,"tags":{"a":[1,null]}}}]}""");

        Assert.Empty(diagnostics);
        var properties = workflows[0].Rules[0].Properties;
        Assert.Equal("NASS 2014", properties.GetProperty("source").GetString());
        Assert.Equal(2.5, properties.GetProperty("weight").GetDouble());
        Assert.Equal("""{"a":[1,null]}""", properties.GetProperty("tags").GetRawText());
        Assert.Equal(JsonValueKind.Array, workflows[0].Properties.GetProperty("precedence").ValueKind);
    }

    [Fact]
    public void Enabled_false_is_read_and_defaults_to_true()
    {
        var (workflows, _) = Read("""{"WorkflowName":"W","Rules":[{"RuleName":"A","Expression":"x","Enabled":false},{"RuleName":"B","Expression":"y"}]}""");

        Assert.Equal([false, true], workflows[0].Rules.Select(r => r.Enabled));
    }

    [Fact]
    public void Enabled_as_a_string_is_an_error_at_its_value()
    {
        var json = "{\"WorkflowName\":\"W\",\n \"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"x\",\"Enabled\":\"false\"}]}";

        var (_, diagnostics) = Read(json);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("SPR102", 2, 54, "$.Rules[0].Enabled", "R"), (error.Code, error.Line, error.Column, error.JsonPath, error.RuleName));
        Assert.Contains("the string \"false\"", error.Message);
    }

    [Fact]
    public void Actions_are_read_with_their_context()
    {
        var (workflows, diagnostics) = Read("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"x","Actions":{"OnSuccess":{"Name":"OutputExpression","Context":{"Expression":"a.B * 2"}},"OnFailure":{"Name":"EvaluateRule","Context":{"workflowName":"V","ruleName":"Q"}}}}]}""");

        Assert.Empty(diagnostics);
        var rule = workflows[0].Rules[0];
        Assert.Equal("a.B * 2", rule.OnSuccess!.Context["expression"].Text!.Text);
        Assert.Equal("Q", rule.OnFailure!.Context["RuleName"].Text!.Text);
    }
}
