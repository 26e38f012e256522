using SpineTriage.Assessments;
using SpineTriage.Configuration;
using SpineTriage.Rules;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Tests.Schemas;

public sealed class WorkflowSchemaTests
{
    public static TheoryData<string, string[]> ReaderFields() => new()
    {
        { "workflow", WorkflowFileReader.WorkflowFields },
        { "rule", WorkflowFileReader.RuleFields },
        { "scopedParam", WorkflowFileReader.ScopedParamFields },
        { "actions", WorkflowFileReader.ActionsFields },
        { "action", WorkflowFileReader.ActionFields },
    };

    [Theory]
    [MemberData(nameof(ReaderFields))]
    public void The_schema_declares_exactly_the_fields_the_loader_reads(string definition, string[] fields)
    {
        Assert.Equal(fields.Order(StringComparer.Ordinal), Schemas.PropertyNames(Schemas.Workflow, definition).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Field_names_pass_the_schema_in_the_letter_cases_the_loader_accepts()
    {
        const string json = """
            [{ "workflowname": "W", "GLOBALPARAMS": [{ "name": "limit", "expression": "3" }],
               "rules": [{ "rulename": "R", "expression": "1 < limit", "successevent": "Yes", "enabled": true,
                           "localparams": [{ "name": "two", "expression": "2" }],
                           "actions": { "onsuccess": { "name": "OutputExpression", "context": { "expression": "two" } } } }] }]
            """;

        Assert.Empty(new JsonSchemaValidator(Schemas.Workflow).Validate(Schemas.Parse(json)));
        Assert.Single(RuleSet.LoadJson(json, CaseInputOptions()).Workflows);
    }

    [Fact]
    public void An_unknown_field_fails_the_schema_as_the_loader_refuses_it()
    {
        const string json = """{ "WorkflowName": "W", "Rules": [{ "RuleName": "R", "Expresion": "true" }] }""";

        Assert.Contains(new JsonSchemaValidator(Schemas.Workflow).Validate(Schemas.Parse(json)), e => e.StartsWith("$.Rules[0].Expresion: ", StringComparison.Ordinal));
        Assert.Throws<RuleLoadException>(() => RuleSet.LoadJson(json, CaseInputOptions()));
    }

    [Fact]
    public void The_rule_kinds_in_the_schema_are_the_kinds_the_triage_layer_reads()
    {
        var kinds = Schemas.Workflow.GetProperty("$defs").GetProperty("ruleProperties").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(k => k.GetString()!);

        Assert.Equal(RuleAnnotations.Kinds, kinds);
    }

    private static RuleSetOptions CaseInputOptions()
    {
        var options = new RuleSetOptions();
        foreach (var input in CaseInputs.All)
        {
            options.Inputs.Add(input);
        }

        return options;
    }

    [Fact]
    public void A_typo_in_the_spinetriage_settings_fails_the_schema()
    {
        const string json = """{ "WorkflowName": "W", "Properties": { "spinetriage": { "assessment": "a", "defualt": "X" } }, "Rules": [] }""";

        Assert.Contains(new JsonSchemaValidator(Schemas.Workflow).Validate(Schemas.Parse(json)), e => e.StartsWith("$.Properties.spinetriage.defualt: ", StringComparison.Ordinal));
    }
}
