namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class RuleSetLoadingTests
{
    [Fact]
    public void Expression_error_names_file_line_column_path_rule_and_offset()
    {
        var json = "{\"WorkflowName\":\"W\",\n\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"subject.Agee > 65\"}]}";

        var error = Assert.Single(TestRules.Errors(json));

        var stringStart = json.Split('\n')[1].IndexOf("\"subject", StringComparison.Ordinal) + 1;
        Assert.Equal(("rules.json", 2, "$.Rules[0].Expression", "R", "W"), (error.File, error.Line, error.JsonPath, error.RuleName, error.WorkflowName));
        Assert.InRange(error.ExpressionOffset!.Value, 0, 8);
        Assert.Equal(stringStart + 1 + error.ExpressionOffset, error.Column);
        Assert.Contains("Did you mean 'Age'?", error.Message);
    }

    [Fact]
    public void Format_and_expression_errors_of_several_files_are_reported_together()
    {
        var sources = new[]
        {
            new RuleSource("a.json", TestRules.Workflow("""{"RuleName":"R","Expresion":"x"}""")),
            new RuleSource("b.json", """{"WorkflowName":"V","Rules":[{"RuleName":"R","Expression":"subject.Nope"},{"RuleName":"S","Expression":"subject.Age"}]}"""),
        };

        var result = RuleSet.TryLoad(sources, TestRules.Options());

        Assert.False(result.Succeeded);
        Assert.Null(result.RuleSet);
        Assert.Equal(["a.json", "a.json", "b.json", "b.json"], result.Problems.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.File));
        Assert.Contains(result.Problems, d => d.Code == "SPR401" && d.RuleName == "S");
    }

    [Fact]
    public void Load_throws_a_RuleLoadException_listing_every_diagnostic()
    {
        var exception = Assert.Throws<RuleLoadException>(() => RuleSet.LoadJson(TestRules.Workflow("""{"RuleName":"R","Expresion":"x"},{"RuleName":"S"}"""), TestRules.Options()));

        Assert.Equal(["SPR101", "SPR104", "SPR104"], exception.Problems.Select(d => d.Code));
        Assert.Contains("3 errors", exception.Message);
        Assert.All(exception.Problems, d => Assert.Contains(d.ToString(), exception.Message));
    }

    [Fact]
    public void Duplicate_workflow_names_across_files_are_an_error()
    {
        var rules = """{"RuleName":"R","Expression":"subject.Age > 1"}""";

        var result = RuleSet.TryLoad([new RuleSource("a.json", TestRules.Workflow(rules)), new RuleSource("b.json", TestRules.Workflow(rules).Replace("\"W\"", "\"w\""))], TestRules.Options());

        var error = Assert.Single(result.Problems);
        Assert.Equal(("SPR601", "b.json"), (error.Code, error.File));
    }

    [Fact]
    public void Duplicate_rule_names_in_a_workflow_are_an_error_even_when_nested()
    {
        var errors = TestRules.Errors(TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Age > 1"},{"RuleName":"P","Operator":"And","Rules":[{"RuleName":"r","Expression":"subject.Age > 2"}]}"""));

        var error = Assert.Single(errors);
        Assert.Equal(("SPR602", "r", "$.Rules[1].Rules[0]"), (error.Code, error.RuleName, error.JsonPath));
    }

    [Theory]
    [InlineData("""[{"Name":"subject","Expression":"1"}]""", "SPR606")]
    [InlineData("""[{"Name":"g","Expression":"1"},{"Name":"G","Expression":"2"}]""", "SPR606")]
    [InlineData("""[{"Name":"not valid","Expression":"1"}]""", "SPR607")]
    public void Global_parameter_names_must_be_unique_identifiers(string globals, string code)
    {
        var errors = TestRules.Errors(TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Age > 1"}""", $",\"GlobalParams\":{globals}"));

        Assert.Equal(code, Assert.Single(errors).Code);
    }

    [Fact]
    public void Local_parameter_may_not_shadow_a_global()
    {
        var errors = TestRules.Errors(TestRules.Workflow("""{"RuleName":"R","LocalParams":[{"Name":"limit","Expression":"2"}],"Expression":"subject.Age > limit"}""", ",\"GlobalParams\":[{\"Name\":\"limit\",\"Expression\":\"1\"}]"));

        var error = Assert.Single(errors);
        Assert.Equal(("SPR606", "R"), (error.Code, error.RuleName));
        Assert.Contains("global parameter 'limit'", error.Message);
    }

    [Fact]
    public void Parameters_see_inputs_earlier_globals_and_parent_locals()
    {
        var workflow = TestRules.Load(
            """{"RuleName":"P","Operator":"And","LocalParams":[{"Name":"old","Expression":"subject.Age > limit"},{"Name":"older","Expression":"old AND subject.Age > twice"}],"Rules":[{"RuleName":"C","LocalParams":[{"Name":"x","Expression":"older"}],"Expression":"x"}]}""",
            extra: ",\"GlobalParams\":[{\"Name\":\"limit\",\"Expression\":\"30\"},{\"Name\":\"twice\",\"Expression\":\"limit * 2\"}]");

        Assert.Equal(RuleOutcome.Met, workflow.Evaluate(new TestSubject { Age = 61 }).Results[0].Outcome);
        Assert.Equal(RuleOutcome.NotMet, workflow.Evaluate(new TestSubject { Age = 60 }).Results[0].Outcome);
        Assert.Equal(["limit", "twice"], workflow.GlobalParams.Select(g => g.Name));
        Assert.Equal(typeof(int), workflow.GlobalParams[1].Type);
    }

    [Fact]
    public void Host_override_replaces_a_global_in_every_workflow_and_changes_the_hash()
    {
        const string Json = """[{"WorkflowName":"A","GlobalParams":[{"Name":"Limit","Expression":"65"}],"Rules":[{"RuleName":"R","Expression":"subject.Age > limit"}]},{"WorkflowName":"B","GlobalParams":[{"Name":"limit","Expression":"10"}],"Rules":[{"RuleName":"R","Expression":"subject.Age > limit"}]}]""";
        var plain = RuleSet.LoadJson(Json, TestRules.Options());
        var overridden = RuleSet.LoadJson(Json, TestRules.Options(o => o.GlobalParameterOverrides["LIMIT"] = 80));
        var subject = new TestSubject { Age = 70 };

        Assert.Equal(RuleOutcome.Met, plain.GetWorkflow("A").Evaluate(subject).Results[0].Outcome);
        Assert.Equal(RuleOutcome.NotMet, overridden.GetWorkflow("A").Evaluate(subject).Results[0].Outcome);
        Assert.Equal(RuleOutcome.NotMet, overridden.GetWorkflow("B").Evaluate(subject).Results[0].Outcome);
        Assert.True(overridden.GetWorkflow("a").GlobalParams[0].IsOverridden);
        Assert.Equal("65", overridden.GetWorkflow("A").GlobalParams[0].Expression);
        Assert.NotEqual(plain.ContentHash, overridden.ContentHash);
        Assert.Matches("^sha256:[0-9a-f]{64}$", plain.ContentHash);
        Assert.Equal(plain.ContentHash, RuleSet.LoadJson(Json, TestRules.Options()).ContentHash);
    }

    [Fact]
    public void Override_naming_no_global_or_of_the_wrong_type_is_an_error()
    {
        var json = TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Age > limit"}""", ",\"GlobalParams\":[{\"Name\":\"limit\",\"Expression\":\"65\"}]");

        var errors = TestRules.Errors(json, TestRules.Options(o =>
        {
            o.GlobalParameterOverrides["limit"] = "sixty";
            o.GlobalParameterOverrides["limmit"] = 3;
        }));

        Assert.Equal(["SPR404", "SPR403"], errors.Select(e => e.Code));
    }

    [Fact]
    public void GetWorkflow_with_an_unknown_name_suggests_the_closest()
    {
        var set = RuleSet.LoadJson(TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Age > 1"}""").Replace("\"W\"", "\"Fusion\""), TestRules.Options());

        var exception = Assert.Throws<ArgumentException>(() => set.GetWorkflow("Fusoin"));

        Assert.Contains("Did you mean 'Fusion'?", exception.Message);
        Assert.True(set.TryGetWorkflow("FUSION", out _));
    }

    [Fact]
    public void Rule_metadata_is_kept()
    {
        var rule = TestRules.Load("""{"RuleName":"R","SuccessEvent":"Urgent","Expression":"subject.Age > 1","Properties":{"source":"NASS"}}""").Rules[0];

        Assert.Equal(("R", "W", "Urgent", "subject.Age > 1", "inline.json", "$.Rules[0]"), (rule.Name, rule.WorkflowName, rule.SuccessEvent, rule.Expression, rule.SourceName, rule.JsonPath));
        Assert.Equal("NASS", rule.Properties.GetProperty("source").GetString());
        Assert.Equal((1, 30), (rule.Line, rule.Column));
    }
}
