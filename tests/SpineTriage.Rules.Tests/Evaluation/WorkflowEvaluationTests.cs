namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class WorkflowEvaluationTests
{
    private static readonly TestSubject Complete = new() { Age = 70, Score = 4.5, Name = "Ann", Items = [new() { Size = 2 }, new() { Size = 5 }] };
    private static readonly TestSubject Sparse = new() { Age = 70, Items = [new() { Size = null }] };

    [Fact]
    public void Disabled_rules_are_omitted_from_the_workflow_and_its_results()
    {
        var workflow = TestRules.Load("""{"RuleName":"A","Expression":"subject.Age > 1","Enabled":false},{"RuleName":"B","Expression":"subject.Age > 1"}""");

        Assert.Equal(["B"], workflow.Rules.Select(r => r.Name));
        Assert.Equal(["B"], workflow.Evaluate(Complete).Results.Select(r => r.Rule.Name));
        Assert.Null(workflow.Evaluate(Complete).Find("A"));
    }

    [Fact]
    public void Comparison_with_missing_member_is_unknown_and_names_the_input()
    {
        var result = TestRules.Load("""{"RuleName":"R","Expression":"subject.Score > 3"}""").Evaluate(Sparse).Results[0];

        Assert.Equal(RuleOutcome.Unknown, result.Outcome);
        Assert.False(result.IsSuccess);
        Assert.Equal(["subject.Score"], result.MissingInputs);
    }

    [Fact]
    public void Explicit_null_test_is_decided()
    {
        var result = TestRules.Load("""{"RuleName":"R","Expression":"subject.Score == null OR subject.Score > 3"}""").Evaluate(Sparse).Results[0];

        Assert.Equal(RuleOutcome.Met, result.Outcome);
        Assert.Empty(result.MissingInputs);
    }

    [Theory]
    [InlineData("And", "subject.Age > 100", RuleOutcome.NotMet)]
    [InlineData("And", "subject.Age > 1", RuleOutcome.Unknown)]
    [InlineData("AndAlso", "subject.Age > 1", RuleOutcome.Unknown)]
    [InlineData("Or", "subject.Age > 1", RuleOutcome.Met)]
    [InlineData("OrElse", "subject.Age > 100", RuleOutcome.Unknown)]
    public void Nested_rules_combine_with_Kleene_logic(string op, string known, RuleOutcome expected)
    {
        var rules = $$"""{"RuleName":"P","Operator":"{{op}}","Rules":[{"RuleName":"Missing","Expression":"subject.Score > 3"},{"RuleName":"Known","Expression":"{{known}}"}]}""";

        var result = TestRules.Load(rules).Evaluate(Sparse).Results[0];

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(2, result.ChildResults.Count);
        Assert.Equal(expected == RuleOutcome.Unknown ? ["subject.Score"] : [], result.MissingInputs);
    }

    [Fact]
    public void Two_valued_mode_reads_missing_data_as_false()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Score > 3"},{"RuleName":"N","Expression":"NOT (subject.Score > 3)"}""", TestRules.Options(o => o.TwoValuedLogic = true));

        var results = workflow.Evaluate(Sparse).Results;

        Assert.Equal([RuleOutcome.NotMet, RuleOutcome.Met], results.Select(r => r.Outcome));
    }

    [Fact]
    public void Exception_from_a_property_getter_makes_the_rule_unknown_and_never_escapes()
    {
        var result = TestRules.Load("""{"RuleName":"R","Expression":"subject.Faulty > 1"},{"RuleName":"S","Expression":"subject.Age > 1"}""").Evaluate(Complete);

        Assert.Equal(RuleOutcome.Unknown, result.Results[0].Outcome);
        Assert.Contains("sensor offline", result.Results[0].ExceptionMessage);
        Assert.DoesNotContain(" at ", result.Results[0].ExceptionMessage);
        Assert.Empty(result.Results[0].MissingInputs);
        Assert.Equal(RuleOutcome.Met, result.Results[1].Outcome);
        Assert.Null(result.Results[1].ExceptionMessage);
    }

    [Fact]
    public void Error_message_is_filled_only_when_not_met_like_RulesEngine()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 80","ErrorMessage":"Age $(subject.Age), name $(subject.Name), whole $(subject.Items), unknown $(subject.Nope)"}""");

        var failed = workflow.Evaluate(Complete).Results[0];
        var met = workflow.Evaluate(new TestSubject { Age = 90 }).Results[0];

        Assert.Equal("Age 70, name Ann, whole [\n  {\n    \"Size\": 2,\n    \"Kind\": \"a\"\n  },\n  {\n    \"Size\": 5,\n    \"Kind\": \"a\"\n  }\n], unknown $(subject.Nope)", failed.ErrorMessage!.ReplaceLineEndings("\n"));
        Assert.Null(met.ErrorMessage);
        Assert.Contains("$(subject.Age)", workflow.Rules[0].ErrorMessage);
    }

    [Fact]
    public void Unknown_placeholder_is_a_warning_at_its_position()
    {
        var json = TestRules.Workflow("""{"RuleName":"R","Expression":"subject.Age > 80","ErrorMessage":"x $(subject.Nope)"}""");

        var warning = Assert.Single(RuleSet.LoadJson(json, TestRules.Options()).Warnings);

        Assert.Equal(("SPR402", "R"), (warning.Code, warning.RuleName));
        Assert.Equal(json.IndexOf("subject.Nope", StringComparison.Ordinal) + 1, warning.Column);
    }

    [Fact]
    public void Explain_lists_the_operands_and_their_values()
    {
        var result = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 65 AND subject.Score > 3"}""").Evaluate(Sparse).Results[0];

        var explanation = result.Explain();

        Assert.Equal(RuleOutcome.Unknown, explanation.Outcome);
        Assert.Equal(2, explanation.Operands.Count);
        Assert.Equal("subject.Score", explanation.Operands[1].Operands[0].MissingInput ?? explanation.Operands[1].MissingInput);
    }

    [Fact]
    public void Explain_of_a_nested_rule_combines_its_children()
    {
        var result = TestRules.Load("""{"RuleName":"P","Operator":"Or","Rules":[{"RuleName":"A","Expression":"subject.Age > 65"},{"RuleName":"B","Expression":"subject.Score > 3"}]}""").Evaluate(Sparse).Results[0];

        var explanation = result.Explain();

        Assert.Equal((RuleOutcome.Met, 2), (explanation.Outcome, explanation.Operands.Count));
    }

    [Fact]
    public void Wrong_input_count_or_type_is_an_argument_exception()
    {
        var workflow = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 1"}""");

        Assert.Throws<ArgumentException>(() => workflow.Evaluate());
        Assert.Throws<ArgumentException>(() => workflow.Evaluate("not a subject"));
        Assert.Equal(RuleOutcome.Unknown, workflow.Evaluate([null]).Results[0].Outcome);
    }

    [Fact]
    public void Input_paths_list_what_the_condition_reads()
    {
        var rule = TestRules.Load("""{"RuleName":"R","Expression":"subject.Age > 1 AND subject.Items.Any(i => i.Size > 3)"}""").Rules[0];

        Assert.Contains("subject.Age", rule.InputPaths);
        Assert.Contains("subject.Items[].Size", rule.InputPaths);
    }

    [Fact]
    public void Evaluation_is_thread_safe()
    {
        var workflow = RuleSet.LoadJson(Workload.TwentyRuleWorkload.Json, Workload.TwentyRuleWorkload.Options()).GetWorkflow(Workload.TwentyRuleWorkload.WorkflowName);
        var inputs = Enumerable.Range(0, 200).Select(i => Workload.WorkloadCase.Random(new Random(i), 0.2)).ToArray();
        var expected = inputs.Select(i => string.Join(",", workflow.Evaluate(i).Results.Select(r => r.Outcome))).ToArray();

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            var result = workflow.Evaluate(inputs[n % inputs.Length]);
            Assert.Equal(expected[n % inputs.Length], string.Join(",", result.Results.Select(r => r.Outcome)));
        });
    }
}
