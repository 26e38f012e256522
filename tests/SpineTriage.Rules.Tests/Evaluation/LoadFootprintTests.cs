using System.Globalization;
using System.Text;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Evaluation;

/// <summary>
/// What a load allocates and keeps, which the GC copies while a large rule set loads (CompileScalingBenchmarks): the
/// budget and the sharing that keep loading 10,000 rules close to 100 times the cost of 100.
/// </summary>
public sealed class LoadFootprintTests
{
    private static readonly string[] Shapes =
    [
        "patient.Age > {0}",
        "patient.Levels.Any(l => l.TranslationMm > {1}.5)",
        "patient.Bmi >= {2} && patient.Smoker",
        "patient.MotorDeficit in (\\\"stable\\\", \\\"progressive\\\") || patient.PtWeeks >= {1}",
        "NOT patient.Smoker OR patient.NicotineFreeWeeks >= {1} OR patient.CotinineNgMl <= {2}",
        "patient.Levels.Count(l => l.PfirrmannGrade >= {3}) >= 2 AND patient.DurationWeeks < {2}",
    ];

    [Fact]
    public void Loading_many_rules_allocates_under_3500_bytes_per_rule()
    {
        const int Rules = 2_000;
        var json = GeneratedJson(Rules);
        var options = TwentyRuleWorkload.Options();
        RuleSet.LoadJson(GeneratedJson(10), options); // the first load of a process starts a worker thread; later loads run on this one

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ruleSet = RuleSet.LoadJson(json, options);
        var perRule = (GC.GetAllocatedBytesForCurrentThread() - before) / Rules;

        Assert.Equal(Rules, ruleSet.Workflows[0].Rules.Count);
        Assert.True(perRule < 3_500, $"{perRule:N0} bytes allocated per rule (an object per JSON value, path strings and per-node substrings took about 5,500)");
    }

    [Fact]
    public void Rules_share_node_texts_and_a_rule_spanning_its_expression_keeps_the_expression_itself()
    {
        var workflow = TestRules.Load("""{"RuleName":"A","Expression":"subject.Age > 1"},{"RuleName":"B","Expression":"subject.Age > 2"}""");

        var first = (BoundBinary)workflow.Rules[0].Condition!;
        var second = (BoundBinary)workflow.Rules[1].Condition!;

        Assert.Equal("subject.Age", first.Left.Text);
        Assert.Same(first.Left.Text, second.Left.Text);
        Assert.Same(workflow.Rules[0].Expression, first.Text);
    }

    [Fact]
    public void Rules_share_input_reads_literals_member_reads_of_inputs_and_operators_over_them_but_not_what_reads_lambda_variables()
    {
        var workflow = TestRules.Load(
            """{"RuleName":"A","Expression":"subject.Age > 1"},{"RuleName":"B","Expression":"subject.Age > 1"},"""
            + """{"RuleName":"C","Expression":"subject.Items.Any(i => i.Size > 1.5)"},{"RuleName":"D","Expression":"subject.Items.Any(i => i.Size > 1.5)"},"""
            + """{"RuleName":"E","Expression":"subject.Age  > 1"},{"RuleName":"F","Expression":"NOT (subject.Age > 1) AND subject.Score > 2"},"""
            + """{"RuleName":"G","Expression":"NOT (subject.Age > 1) AND subject.Score > 2"}""");

        var a = (BoundBinary)workflow.Rules[0].Condition!;
        var b = (BoundBinary)workflow.Rules[1].Condition!;
        Assert.Same(a.Left, b.Left);
        Assert.Same(((BoundMember)a.Left).Target, ((BoundMember)b.Left).Target);
        Assert.Same(a.Right, b.Right);
        Assert.Same(a, b);
        Assert.Same(workflow.Rules[0].Expression, workflow.Rules[1].Expression);

        // A collection method whose body reads only its own element and shared nodes is shared whole, with its variable.
        var c = (BoundCollectionCall)workflow.Rules[2].Condition!;
        var d = (BoundCollectionCall)workflow.Rules[3].Condition!;
        Assert.Same(c, d);

        // Another text is another node (explanations quote it), over the same shared operands.
        var e = (BoundBinary)workflow.Rules[4].Condition!;
        Assert.NotSame(a, e);
        Assert.Equal("subject.Age  > 1", e.Text);
        Assert.Same(a.Left, e.Left);

        var f = (BoundBinary)workflow.Rules[5].Condition!;
        Assert.Same(f, workflow.Rules[6].Condition);
        Assert.Same(a, ((BoundUnary)f.Left).Operand);
    }

    [Fact]
    public void Members_of_lambda_variables_are_not_shared_across_lambdas_nor_is_a_lambda_that_reads_a_param()
    {
        var workflow = TestRules.Load(
            """{"RuleName":"A","Expression":"subject.Items.Any(i => i.Size > 1.5)"},{"RuleName":"B","Expression":"subject.Items.All(i => i.Size > 1.5)"},"""
            + """{"RuleName":"C","LocalParams":[{"Name":"p","Expression":"1.5"}],"Expression":"subject.Items.Any(i => i.Size > p)"},"""
            + """{"RuleName":"D","LocalParams":[{"Name":"p","Expression":"2.5"}],"Expression":"subject.Items.Any(i => i.Size > p)"}""");

        var a = (BoundCollectionCall)workflow.Rules[0].Condition!;
        var b = (BoundCollectionCall)workflow.Rules[1].Condition!;
        Assert.Same(a.Source, b.Source);
        Assert.NotSame(a.Variable, b.Variable);
        Assert.NotSame(((BoundBinary)a.Body!).Left, ((BoundBinary)b.Body!).Left);

        var c = (BoundCollectionCall)workflow.Rules[2].Condition!;
        var d = (BoundCollectionCall)workflow.Rules[3].Condition!;
        Assert.NotSame(c, d);
        var results = workflow.Evaluate(new TestSubject { Items = [new TestItem { Size = 2 }] }).Results;
        Assert.Equal([RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.NotMet], results.Select(r => r.Outcome));
    }

    [Fact]
    public void Rules_share_an_in_list_over_shared_items_but_not_one_over_a_local_param()
    {
        var workflow = TestRules.Load(
            """{"RuleName":"A","Expression":"subject.Name in (\"a\", \"b\") || subject.Age > 1"},{"RuleName":"B","Expression":"subject.Name in (\"a\", \"b\") || subject.Age > 1"},"""
            + """{"RuleName":"C","LocalParams":[{"Name":"p","Expression":"1"}],"Expression":"subject.Age in (p, 2)"},"""
            + """{"RuleName":"D","LocalParams":[{"Name":"p","Expression":"3"}],"Expression":"subject.Age in (p, 2)"}""");

        Assert.Same(workflow.Rules[0].Condition, workflow.Rules[1].Condition);
        Assert.IsType<BoundIn>(((BoundBinary)workflow.Rules[0].Condition!).Left);
        var c = (BoundIn)workflow.Rules[2].Condition!;
        var d = (BoundIn)workflow.Rules[3].Condition!;
        Assert.NotSame(c, d);
        Assert.Same(c.Value, d.Value);
        Assert.Equal([1, 3], new[] { c, d }.Select(inList => ((BoundConstant)((BoundParameter)inList.Items[0]).Value).Value));
    }

    [Fact]
    public void Leaf_rules_share_one_empty_list_of_children()
    {
        var workflow = TestRules.Load("""{"RuleName":"A","Expression":"subject.Age > 1"},{"RuleName":"B","Expression":"subject.Age > 2"}""");

        Assert.Empty(workflow.Rules[0].Rules);
        Assert.Same(workflow.Rules[0].Rules, workflow.Rules[1].Rules);
    }

    [Fact]
    public void A_plain_rule_makes_no_details_and_a_rule_with_rare_parts_keeps_each_of_them()
    {
        var workflow = TestRules.Load(
            """{"RuleName":"Plain","Expression":"subject.Age > 1"},"""
            + """{"RuleName":"Full","Expression":"subject.Age > 2","SuccessEvent":"yes","ErrorMessage":"Age $(subject.Age)","Properties":{"k":1},"Actions":{"OnFailure":{"Name":"OutputExpression","Context":{"expression":"subject.Age"}}}},"""
            + """{"RuleName":"Both","Operator":"Or","Rules":[{"RuleName":"Inner","Expression":"subject.Age > 3"}]}""");

        var plain = workflow.Rules[0];
        var full = workflow.Rules[1];
        var both = workflow.Rules[2];

        Assert.False(plain.HasDetails);
        Assert.Null(plain.Operator);
        Assert.Null(plain.SuccessEvent);
        Assert.Null(plain.ErrorMessage);
        Assert.Equal(System.Text.Json.JsonValueKind.Undefined, plain.Properties.ValueKind);
        Assert.Empty(plain.Rules);
        Assert.Equal("$.Rules[0]", plain.JsonPath);
        Assert.Equal(["subject.Age"], plain.InputPaths);
        Assert.True(full.HasDetails);
        Assert.Equal("yes", full.SuccessEvent);
        Assert.Equal("Age $(subject.Age)", full.ErrorMessage);
        Assert.Equal(1, full.Properties.GetProperty("k").GetInt32());
        Assert.NotNull(full.ErrorTemplate);
        Assert.NotNull(full.OnFailure);
        Assert.Null(full.OnSuccess);
        Assert.Equal("Or", both.Operator);
        Assert.Equal("Inner", Assert.Single(both.Rules).Name);
        Assert.Equal("$.Rules[2].Rules[0]", both.Rules[0].JsonPath);
        Assert.False(both.Rules[0].HasDetails);
    }

    [Fact]
    public void Only_a_concatenation_keeps_text_limits()
    {
        var workflow = TestRules.Load("""{"RuleName":"A","Expression":"subject.Age > 1"},{"RuleName":"B","Expression":"(subject.Name + \"ab\" + \"cd\") == \"x\""}""");

        var comparison = (BoundBinary)workflow.Rules[0].Condition!;
        var outer = (BoundConcatenation)((BoundBinary)workflow.Rules[1].Condition!).Left;
        var inner = (BoundConcatenation)outer.Left;

        Assert.IsNotType<BoundConcatenation>(comparison);
        Assert.Equal((int.MaxValue, (long?)null), (comparison.MaxTextLength, comparison.ConstantTextLength));
        Assert.Equal(new RuleLimits().MaxStringLength, outer.MaxTextLength);
        Assert.Null(inner.ConstantTextLength);
        Assert.Equal(BinaryOperator.Add, outer.Operator);
    }

    [Fact]
    public void A_node_lists_its_operands_in_source_order()
    {
        var workflow = TestRules.Load("""{"RuleName":"A","Expression":"subject.Items.Any(i => i.Size > 1) AND subject.Name in (\"a\", \"b\")"}""");

        var and = (BoundBinary)workflow.Rules[0].Condition!;
        var any = (BoundCollectionCall)and.Left;
        var inList = (BoundIn)and.Right;

        Assert.Equal([and.Left, and.Right], and.Children);
        Assert.Equal([any.Source, any.Body!], any.Children);
        Assert.Equal(["subject.Name", "\"a\"", "\"b\""], inList.Children.Select(c => c.Text));
        Assert.Equal(3, inList.Children.Count);
        Assert.Same(inList.Items[1], inList.Children[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => inList.Children[3]);
    }

    private static string GeneratedJson(int rules)
    {
        var json = new StringBuilder("""[{"WorkflowName":"Generated","Rules":[""");
        for (var i = 0; i < rules; i++)
        {
            var expression = string.Format(CultureInfo.InvariantCulture, Shapes[i % Shapes.Length], i % 90, i % 7, 20 + (i % 25), 1 + (i % 5));
            json.Append(i == 0 ? "" : ",").Append($$"""{"RuleName":"R{{i}}","Expression":"{{expression}}"}""");
        }

        return json.Append("]}]").ToString();
    }
}
