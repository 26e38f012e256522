namespace SpineTriage.Rules.Tests.Documentation;

/// <summary>The engine package's own README (src/SpineTriage.Rules/README.md): its example is the code below, run as written.</summary>
public sealed class EngineReadmeExampleTests
{
    private const string Example = """"
        using SpineTriage.Rules;

        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("order", typeof(Order)));
        var rules = RuleSet.LoadJson("""
            { "WorkflowName": "Discounts",
              "Rules": [ { "RuleName": "LargeOrder", "Expression": "order.Amount > 100" } ] }
            """, options);

        var result = rules.GetWorkflow("Discounts").Evaluate(new Order { Amount = 150 });
        Console.WriteLine(result.Results[0].Outcome);                 // Met

        public sealed class Order { public decimal? Amount { get; set; } }
        """";

    [Fact]
    public void The_engine_readme_shows_this_example()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "SpineTriage.Rules", "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var end = readme.IndexOf("\n```", start, StringComparison.Ordinal);

        Assert.Equal(Example.ReplaceLineEndings("\n"), readme[start..end]);
    }

    [Fact]
    public void The_engine_readme_example_runs_as_written()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("order", typeof(Order)));
        var rules = RuleSet.LoadJson("""
            { "WorkflowName": "Discounts",
              "Rules": [ { "RuleName": "LargeOrder", "Expression": "order.Amount > 100" } ] }
            """, options);

        var result = rules.GetWorkflow("Discounts").Evaluate(new Order { Amount = 150 });

        Assert.Equal(RuleOutcome.Met, result.Results[0].Outcome);
        Assert.Equal(RuleOutcome.Unknown, rules.GetWorkflow("Discounts").Evaluate(new Order()).Results[0].Outcome);
    }

    public sealed class Order
    {
        public decimal? Amount { get; set; }
    }
}
