namespace SpineTriage.Rules.Tests.Documentation;

/// <summary>
/// The README's "The engine on its own" section: its workflow file and first program are the ones below, run here as
/// written (.ci/readme also compiles and runs every block against the packed packages), and the residuals and host
/// function it quotes are what the engine prints.
/// </summary>
public sealed class ReadmeEngineExampleTests : IDisposable
{
    private const string FirstProgram = """"
        using SpineTriage.Rules;

        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("order", typeof(Order)));       // the names the expressions use
        var rules = RuleSet.LoadDirectory("rules", options);             // all errors at once: RuleLoadException
        var workflow = rules.GetWorkflow("Discounts");

        var order = new Order { Amount = 150 };                          // the customer's years not recorded
        WorkflowResult result = workflow.Evaluate(order);                // thread-safe, no locks
        RuleOutcome first = result.OutcomeOf(0);                         // Met, NotMet or Unknown
        foreach (var rule in result.Results)                             // details are computed on access
            Console.WriteLine($"{rule.Rule.Name}: {rule.Outcome} {string.Join(", ", rule.MissingInputs)}");
        // LargeOrder: Met
        // LoyalCustomer: Unknown order.CustomerYears
        if (first != RuleOutcome.Met || result.OutcomeOf(1) != RuleOutcome.Unknown) throw new InvalidOperationException("unexpected");

        // Scoring many orders, details of few: outcomes only, into your buffer, nothing allocated.
        var outcomes = new RuleOutcome[workflow.Rules.Count];
        workflow.EvaluateOutcomes(outcomes, order);

        public sealed class Order
        {
            public decimal Amount { get; set; }

            public int? CustomerYears { get; set; }
        }
        """";

    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-readme-").FullName;

    [Fact]
    public void The_section_shows_this_program_and_stays_free_of_the_triage_domain()
    {
        var section = Section();

        Assert.Equal(FirstProgram.ReplaceLineEndings("\n") + "\n", Blocks(section, "```csharp packages=SpineTriage.Rules\n")[0]);
        Assert.DoesNotContain("patient", section.Split("\nWhen a workflow's rules vote")[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_first_program_runs_on_the_readmes_workflow_file_and_outcomes_only_agree_with_the_full_result()
    {
        File.WriteAllText(Path.Combine(_directory, "discounts.json"), Blocks(Section(), "```json file=rules/discounts.json\n").Single());
        var order = new Order { Amount = 150 };

        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("order", typeof(Order)));
        var rules = RuleSet.LoadDirectory(_directory, options);
        var workflow = rules.GetWorkflow("Discounts");
        var result = workflow.Evaluate(order);
        var lines = result.Results.Select(rule => $"{rule.Rule.Name}: {rule.Outcome} {string.Join(", ", rule.MissingInputs)}").ToList();
        var outcomes = new RuleOutcome[workflow.Rules.Count];
        workflow.EvaluateOutcomes(outcomes, order);

        Assert.Equal(RuleOutcome.Met, result.OutcomeOf(0));
        Assert.Equal(["LargeOrder: Met ", "LoyalCustomer: Unknown order.CustomerYears"], lines);
        Assert.Equal(result.Results.Select(r => r.Outcome), outcomes);
        Assert.Contains($"`LoyalCustomer` comes down to `{result.ResultOf(1).Residual}`", Section(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_residual_quoted_for_a_list_is_the_engines()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("order", typeof(Order)));
        var rules = RuleSet.LoadJson("""{"WorkflowName":"W","Rules":[{"RuleName":"Bulk","Expression":"order.Lines.Any(l => l.Quantity >= 10)"}]}""", options);

        var result = rules.GetWorkflow("W").Evaluate(new Order { Lines = [new OrderLine { Quantity = 5 }, new OrderLine(), new OrderLine()] });

        Assert.Contains($"comes down to\n`{result.ResultOf(0).Residual}`.", Section(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_function_example_is_met_and_lists_its_function_as_quoted()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("order", typeof(PricedOrder)));
        options.CustomTypes.Add(typeof(Pricing));
        var rules = RuleSet.LoadJson("""
            {"WorkflowName":"W","Rules":[{"RuleName":"Large","Expression":"Pricing.Total(order.Quantity, order.UnitPrice) >= 100"}]}
            """, options);

        var result = rules.GetWorkflow("W").Evaluate(new PricedOrder { Quantity = 12, UnitPrice = 9.5 });

        Assert.Equal(RuleOutcome.Met, result.OutcomeOf(0));
        var function = Assert.Single(rules.HostFunctions);
        Assert.Contains($"(`{function}`)", Section(), StringComparison.Ordinal);
        Assert.Contains($"// {function}", Section(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The README's section from "### The engine on its own" to the next heading of its level.</summary>
    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("### The engine on its own\n", StringComparison.Ordinal);
        var end = readme.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        return readme[start..end];
    }

    /// <summary>The contents of the section's code blocks that open with <paramref name="opening"/>, in order.</summary>
    private static List<string> Blocks(string section, string opening)
    {
        var blocks = new List<string>();
        for (var at = section.IndexOf(opening, StringComparison.Ordinal); at >= 0; at = section.IndexOf(opening, at + 1, StringComparison.Ordinal))
        {
            var start = at + opening.Length;
            blocks.Add(section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)] + "\n");
        }

        return blocks;
    }

    public sealed class Order
    {
        public decimal Amount { get; set; }

        public int? CustomerYears { get; set; }

        public List<OrderLine> Lines { get; set; } = [];
    }

    public sealed class OrderLine
    {
        public int? Quantity { get; set; }
    }

    public sealed class PricedOrder
    {
        public double? Quantity { get; set; }

        public double? UnitPrice { get; set; }
    }

    public static class Pricing
    {
        public static double? Total(double quantity, double unitPrice) => quantity >= 0 ? quantity * unitPrice : null;
    }
}
