namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class TestItem
{
    public double? Size { get; set; }

    public string Kind { get; set; } = "a";
}

public sealed class TestSubject
{
    public int Age { get; set; }

    public double? Score { get; set; }

    public string? Name { get; set; }

    public List<TestItem> Items { get; set; } = [];

    public int Faulty => throw new InvalidOperationException("sensor offline");
}

internal static class TestRules
{
    public static RuleSetOptions Options(Action<RuleSetOptions>? configure = null)
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("subject", typeof(TestSubject)));
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A workflow named W with the given rules (JSON array items).</summary>
    public static string Workflow(string rules, string extra = "") =>
        $$"""{"WorkflowName":"W"{{extra}},"Rules":[{{rules}}]}""";

    public static Workflow Load(string rules, RuleSetOptions? options = null, string extra = "") =>
        RuleSet.LoadJson(Workflow(rules, extra), options ?? Options()).GetWorkflow("W");

    public static IReadOnlyList<Diagnostic> Errors(string json, RuleSetOptions? options = null) =>
        RuleSet.TryLoad([new RuleSource("rules.json", json)], options ?? Options()).Problems;
}
