namespace SpineTriage.Rules.Tests.Workflows;

// Workflows written as RulesEngine's documentation writes them, evaluated as RulesEngine would for complete inputs.
public sealed class ExampleWorkflowTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Workflows", "Examples");

    public sealed record DiscountCustomer(string Country, int LoyaltyFactor, int TotalPurchasesToDate);

    public sealed record DiscountOrders(int TotalOrders);

    public sealed record DiscountTelemetry(int NoOfVisitsPerMonth);

    public sealed record ExamplePatient(string Name, int Age, string? Email, List<string> Medications, List<string> Allergies, double WeightKg);

    private static Workflow Discount(NestedRuleExecutionMode mode = NestedRuleExecutionMode.All)
    {
        var options = new RuleSetOptions { NestedRuleExecutionMode = mode };
        options.Inputs.Add(new RuleInput("input1", typeof(DiscountCustomer)));
        options.Inputs.Add(new RuleInput("input2", typeof(DiscountOrders)));
        options.Inputs.Add(new RuleInput("input3", typeof(DiscountTelemetry)));
        return RuleSet.LoadFile(Path.Combine(Examples, "Discount.json"), options).GetWorkflow("Discount");
    }

    [Fact]
    public void Discount_readme_example_gives_the_ten_percent_discount()
    {
        var result = Discount().Evaluate(new DiscountCustomer("india", 2, 10_000), new DiscountOrders(5), new DiscountTelemetry(10));

        Assert.Equal(
            ["GiveDiscount10"],
            result.Results.Where(r => r.IsSuccess).Select(r => r.Rule.Name));
        Assert.Equal("10", result.Results[0].Rule.SuccessEvent);
        Assert.Equal("One or more adjust rules failed.", result.Results[1].ErrorMessage);
        Assert.Null(result.Results[0].ErrorMessage);
    }

    [Fact]
    public void Discount_nested_rules_report_every_child_in_All_mode()
    {
        var result = Discount().Evaluate(new DiscountCustomer("france", 4, 120_000), new DiscountOrders(20), new DiscountTelemetry(30));

        var nestedAnd = result.Find("GiveDiscount35NestedAndExample")!;
        Assert.Equal(RuleOutcome.Met, nestedAnd.Outcome);
        Assert.Equal(3, nestedAnd.ChildResults.Count);
        Assert.Equal(RuleOutcome.Met, result.Find("GiveDiscount30NestedOrExample")!.Outcome);
        Assert.Equal(RuleOutcome.Met, result.Find("GiveDiscount25")!.Outcome);
    }

    [Fact]
    public void Performance_mode_stops_at_the_first_decisive_child()
    {
        var result = Discount(NestedRuleExecutionMode.Performance).Evaluate(new DiscountCustomer("india", 2, 10_000), new DiscountOrders(20), new DiscountTelemetry(10));

        var nestedAnd = result.Find("GiveDiscount35NestedAndExample")!;
        Assert.Equal(["IsLoyal"], nestedAnd.ChildResults.Select(c => c.Rule.Name));
        var nestedOr = result.Find("GiveDiscount30NestedOrExample")!;
        Assert.Equal((RuleOutcome.Met, 2), (nestedOr.Outcome, nestedOr.ChildResults.Count));
        Assert.Null(result.Find("AndOtherConditions"));
    }

    [Fact]
    public void Scoped_params_example_evaluates_locals_globals_and_actions()
    {
        var result = ScopedParamsFile(new ExamplePatient("Bo", 70, "bo@example.org", ["codeine phosphate", "paracetamol"], [], 80));

        Assert.Equal(["AdultOnCodeine", "HasEmail", "NoAllergies", "Senior", "EitherCondition"], result.Results.Select(r => r.Rule.Name));
        Assert.Equal(
            [RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.NotMet],
            result.Results.Select(r => r.Outcome));
        Assert.Equal(5, result.Find("Senior")!.ActionResult!.Output);
        Assert.Null(result.Find("EitherCondition")!.ActionResult);
    }

    [Fact]
    public void Scoped_params_example_formats_messages_and_chains_EvaluateRule()
    {
        var result = ScopedParamsFile(new ExamplePatient("Ann", 17, null, [], ["latex"], 101));

        var adult = result.Find("AdultOnCodeine")!;
        Assert.Equal(RuleOutcome.NotMet, adult.Outcome);
        Assert.Equal("Patient Ann aged 17 is not an adult on codeine.", adult.ErrorMessage);
        Assert.Equal(RuleOutcome.NotMet, result.Find("HasEmail")!.Outcome);
        var chained = result.Find("Senior")!.ActionResult!;
        Assert.Equal(("EvaluateRule", "no email on file"), (chained.ActionName, chained.Output));
        Assert.Equal(RuleOutcome.Met, result.Find("EitherCondition")!.Outcome);
    }

    private static WorkflowResult ScopedParamsFile(ExamplePatient patient)
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("patient", typeof(ExamplePatient)));
        return RuleSet.LoadFile(Path.Combine(Examples, "ScopedParams.json"), options).GetWorkflow("ScopedParams").Evaluate(patient);
    }
}
