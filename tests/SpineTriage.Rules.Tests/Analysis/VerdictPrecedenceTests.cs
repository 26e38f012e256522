using System.Globalization;

namespace SpineTriage.Rules.Tests.Analysis;

public sealed class VerdictPrecedenceTests
{
    private static readonly RuleInput[] Inputs = [new RuleInput("order", typeof(Order))];

    private static Workflow Load(string rules)
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(Inputs[0]);
        return RuleSet.LoadJson($$"""{"WorkflowName":"Orders","Rules":[{{rules}}]}""", options).GetWorkflow("Orders");
    }

    private const string RejectOrApprove = """
        {"RuleName":"Reject_Large","Expression":"order.Total > 1000","SuccessEvent":"Reject"},
        {"RuleName":"Approve_Small","Expression":"order.Total <= 100","SuccessEvent":"Approve"}
        """;

    private static VerdictPrecedence Precedence(Workflow workflow) =>
        new(workflow, ["Reject", "Approve"], "Review", ["Reject", "Approve"], Inputs);

    [Fact]
    public void A_missing_total_makes_every_verdict_possible_and_decides_between_them()
    {
        var workflow = Load(RejectOrApprove);

        var possible = Precedence(workflow).Resolve(workflow.Evaluate(new Order()), new OrderDomains());

        Assert.Equal(["Reject", "Approve", "Review"], possible.Possible);
        Assert.Equal(["order.Total"], possible.MissingInputs);
        Assert.Equal(["order.Total"], possible.DecidingInputs);
        Assert.Null(possible.GaveUp);
        var total = Assert.Single(possible.Variables);
        Assert.False(total.IsCondition);
        Assert.Equal(["Approve", "Reject", "Review"], possible.Cubes.Select(c => c.Verdict).Distinct().Order(StringComparer.Ordinal));
        Assert.All(possible.Cubes, cube => Assert.Single(cube.Values));
    }

    [Fact]
    public void Known_data_decides_with_nothing_missing()
    {
        var workflow = Load(RejectOrApprove);

        var possible = Precedence(workflow).Resolve(workflow.Evaluate(new Order { Total = 50 }), new OrderDomains());

        Assert.Equal(["Approve"], possible.Possible);
        Assert.Empty(possible.MissingInputs);
        Assert.Empty(possible.Cubes);
    }

    [Fact]
    public void Rules_that_share_a_missing_input_can_decide_where_rule_by_rule_logic_cannot()
    {
        // Per rule both are Unknown; no total is both over 1000 and under 900, and every valid total is 0 or more.
        var workflow = Load("""
            {"RuleName":"Reject_Impossible","Expression":"order.Total > 1000 && order.Total < 900","SuccessEvent":"Reject"},
            {"RuleName":"Approve_Any","Expression":"order.Total >= 0","SuccessEvent":"Approve"}
            """);
        var result = workflow.Evaluate(new Order());

        var possible = Precedence(workflow).Resolve(result, new OrderDomains());

        Assert.Equal([RuleOutcome.Unknown, RuleOutcome.Unknown], [result.OutcomeOf(0), result.OutcomeOf(1)]);
        Assert.Equal(["Approve"], possible.Possible);
    }

    [Fact]
    public void When_the_values_cannot_be_listed_the_answer_is_rule_by_rule_and_says_why()
    {
        var workflow = Load(RejectOrApprove);

        var possible = Precedence(workflow).Resolve(workflow.Evaluate(new Order()), new OrderDomains(listNumbers: false));

        Assert.Equal(["Reject", "Approve", "Review"], possible.Possible);
        Assert.Equal("the values order.Total can take cannot be listed", possible.GaveUp);
        Assert.Null(possible.GaveUpAtWholeMissingInput);
    }

    [Fact]
    public void A_rule_over_a_whole_missing_list_is_named_when_such_lists_are_not_searched()
    {
        var workflow = Load("""{"RuleName":"Reject_Bulk","Expression":"order.Lines.Any(l => l.Quantity > 10)","SuccessEvent":"Reject"}""");
        var precedence = new VerdictPrecedence(workflow, ["Reject"], "Accept", ["Reject"], Inputs);
        var result = workflow.Evaluate(new Order());

        var notSearched = precedence.Resolve(result, new OrderDomains());
        var searched = precedence.Resolve(result, new OrderDomains(), searchWholeMissingLists: true);

        Assert.Equal("Reject_Bulk", notSearched.GaveUpAtWholeMissingInput);
        Assert.Equal(["Reject", "Accept"], notSearched.Possible);
        Assert.Null(searched.GaveUp);
        Assert.Equal(["Reject", "Accept"], searched.Possible);
        Assert.Equal(["order.Lines"], searched.IndependentlySearched);
        Assert.True(Assert.Single(searched.Variables).IsCondition);
    }

    [Fact]
    public void The_rule_verdicts_must_match_the_workflow_and_the_result_its_evaluation()
    {
        var workflow = Load(RejectOrApprove);
        var other = Load(RejectOrApprove);

        Assert.Throws<ArgumentException>(() => new VerdictPrecedence(workflow, ["Reject", "Approve"], "Review", ["Reject"], Inputs));
        Assert.Throws<ArgumentException>(() => new VerdictPrecedence(workflow, ["Reject", "Approve"], "Review", ["Reject", "Hold"], Inputs));
        Assert.Throws<ArgumentException>(() => Precedence(workflow).Resolve(other.Evaluate(new Order()), new OrderDomains()));
    }

    [Fact]
    public void Rules_whose_own_missing_inputs_are_all_listed_are_named()
    {
        var workflow = Load(RejectOrApprove);
        var result = workflow.Evaluate(new Order());

        var possible = Precedence(workflow).Resolve(result, new OrderDomains());

        Assert.Equal([0, 1], possible.RulesWithInputsListed);
        Assert.All(possible.RulesWithInputsListed, rule => Assert.Subset(possible.MissingInputs.ToHashSet(), result.ResultOf(rule).MissingInputs.ToHashSet()));
    }

    [Fact]
    public void A_rule_whose_absence_test_reads_an_input_about_to_be_filled_in_is_not_named()
    {
        // Filling in Total for Approve_Small opens Reject's test of it: its residual reads Total alone, but its own
        // missing inputs, read with Total absent, are the Discount the coalesce then falls back on.
        var workflow = Load("""
            {"RuleName":"Reject_Large","Expression":"(order.Total ?? order.Discount) > 1000","SuccessEvent":"Reject"},
            {"RuleName":"Approve_Small","Expression":"order.Total <= 100","SuccessEvent":"Approve"}
            """);
        var result = workflow.Evaluate(new Order());

        var possible = Precedence(workflow).Resolve(result, new OrderDomains());

        Assert.Equal(["order.Discount"], result.ResultOf(0).MissingInputs);
        Assert.DoesNotContain("order.Discount", possible.MissingInputs);
        Assert.Equal([1], possible.RulesWithInputsListed);
    }

    [Fact]
    public void A_met_rule_that_tests_nothing_for_absence_keeps_the_verdicts_after_it_out_of_the_search()
    {
        // Filling in Discount can make Hold_NoDiscount false, but Hold_Web stays Met: Approve can never win, so its rule,
        // which reads the missing lines whole, neither makes the search give up nor is searched.
        var workflow = Load("""
            {"RuleName":"Reject_Large","Expression":"order.Total > 1000 || order.Discount > 50","SuccessEvent":"Reject"},
            {"RuleName":"Hold_NoDiscount","Expression":"order.Discount == null","SuccessEvent":"Hold"},
            {"RuleName":"Hold_Web","Expression":"order.Channel == \"web\"","SuccessEvent":"Hold"},
            {"RuleName":"Approve_AllLines","Expression":"order.Lines.All(l => l.Quantity > 0)","SuccessEvent":"Approve"}
            """);
        var precedence = new VerdictPrecedence(workflow, ["Reject", "Hold", "Approve"], "Review", ["Reject", "Hold", "Hold", "Approve"], Inputs);
        var result = workflow.Evaluate(new Order { Channel = "web" });

        var possible = precedence.Resolve(result, new OrderDomains());

        Assert.Equal([RuleOutcome.Unknown, RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.Unknown], Enumerable.Range(0, 4).Select(result.OutcomeOf));
        Assert.Null(possible.GaveUp);
        Assert.Equal(["Reject", "Hold"], possible.Possible);
        Assert.Equal(["order.Total", "order.Discount"], possible.DecidingInputs);
    }

    [Fact]
    public void Numbers_split_at_their_thresholds_into_regions_within_the_valid_range()
    {
        var values = DomainValue.SplitNumbers([1000, 100], 0, 1_000_000, typeof(double));

        Assert.Equal(5, values.Count);
        Assert.All(values, value => Assert.NotNull(value.Region));
        Assert.True(values[0].Region!.Value.FromMinimum);
        Assert.Equal((100.0, true, 100.0, true), (values[1].Region!.Value.Low, values[1].Region!.Value.LowIncluded, values[1].Region!.Value.High, values[1].Region!.Value.HighIncluded));
        Assert.True(values[4].Region!.Value.ToMaximum);
    }

    public sealed class OrderLine
    {
        public int? Quantity { get; set; }
    }

    public sealed class Order
    {
        public double? Total { get; set; }

        public double? Discount { get; set; }

        public string? Channel { get; set; }

        public List<OrderLine>? Lines { get; set; }
    }

    private sealed class OrderDomains(bool listNumbers = true) : ICompletionDomains
    {
        public IReadOnlyList<DomainValue>? ValuesOf(string path, Type type, InputUses uses) =>
            listNumbers && type == typeof(double)
                ? DomainValue.SplitNumbers(uses.Constants.Select(c => Convert.ToDouble(c, CultureInfo.InvariantCulture)), 0, double.PositiveInfinity, type)
                : null;

        public (double Minimum, double Maximum)? RangeOf(string path) => (0, double.PositiveInfinity);
    }
}
