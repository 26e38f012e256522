using System.Diagnostics;

namespace SpineTriage.Rules.Tests.Evaluation;

public sealed class HostPart
{
    public int Size { get; set; } = 3;

    public object Token { get; set; } = new Uri("https://secret.example/");

    public Func<int> Callback { get; set; } = () => 1;

    public HostPart? Next { get; set; }
}

public sealed class HostSubject
{
    public int Age { get; set; }

    public string? Name { get; set; }

    public HostPart Part { get; set; } = new();
}

// Issue 12, item 3: one pass over the template, a cap on placeholders, MaxStringLength on the result, values never
// re-expanded, and only members the language can read rendered.
public sealed class ErrorMessageTemplateTests
{
    private static RuleSetOptions Options(Action<RuleLimits>? limits = null)
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("h", typeof(HostSubject)));
        limits?.Invoke(options.Limits);
        return options;
    }

    private static Workflow Load(string errorMessage, RuleSetOptions? options = null) =>
        RuleSet.LoadJson(Workflow(errorMessage), options ?? Options()).GetWorkflow("W");

    private static string Workflow(string errorMessage) =>
        TestRules.Workflow(System.Text.Json.JsonSerializer.Serialize(new { RuleName = "R", Expression = "h.Age > 80", ErrorMessage = errorMessage }));

    private static string Message(Workflow workflow, HostSubject subject) => workflow.Evaluate(subject).Results[0].ErrorMessage!;

    [Fact]
    public void A_value_that_looks_like_a_placeholder_is_written_as_it_is_never_expanded()
    {
        var workflow = Load("name $(h.Name), age $(h.Age)");

        var message = Message(workflow, new HostSubject { Age = 5, Name = "$(h.Age)" });

        Assert.Equal("name $(h.Age), age 5", message);
    }

    [Fact]
    public void Eleven_thousand_placeholders_in_a_value_stay_text()
    {
        var name = string.Concat(Enumerable.Repeat("$(h.Part)", 11_000));

        var message = Message(Load("$(h.Name)"), new HostSubject { Name = name });

        Assert.Equal(name, message);
    }

    [Fact]
    public void Only_members_expressions_can_read_are_written()
    {
        var message = Message(Load("$(h.Part)"), new HostSubject()).ReplaceLineEndings("\n");

        Assert.Equal("{\n  \"Size\": 3,\n  \"Next\": null\n}", message);
        Assert.DoesNotContain("secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cyclic_object_is_written_to_a_bounded_depth()
    {
        var part = new HostPart();
        part.Next = part;

        var message = Message(Load("$(h.Part)"), new HostSubject { Part = part });

        Assert.True(message.Length < 2_000, message);
        Assert.Contains("\"...\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filled_message_stops_at_the_string_limit()
    {
        var workflow = Load("start $(h.Name) $(h.Name) end", Options(l => l.MaxStringLength = 1_000));

        var message = Message(workflow, new HostSubject { Name = new string('x', 900) });

        Assert.Equal(1_000, message.Length);
        Assert.StartsWith("start xxx", message, StringComparison.Ordinal);
        Assert.EndsWith("(truncated at RuleLimits.MaxStringLength)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_placeholders_than_the_limit_is_a_located_error_at_the_first_one_over()
    {
        var template = string.Concat(Enumerable.Repeat("$(h.Age) ", 101));
        var json = Workflow(template);

        var error = Assert.Single(RuleSet.TryLoad([new RuleSource("m.json", json)], Options()).Problems, d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(("SPR406", "R", 100 * 9), (error.Code, error.RuleName, error.ExpressionOffset));
        Assert.Contains("RuleLimits.MaxErrorMessagePlaceholders", error.Message, StringComparison.Ordinal);
        Assert.Empty(RuleSet.TryLoad([new RuleSource("m.json", json)], Options(l => l.MaxErrorMessagePlaceholders = 200)).Problems);
    }

    [Fact]
    public void A_message_longer_than_the_string_limit_is_a_located_error()
    {
        var error = Assert.Single(RuleSet.TryLoad([new RuleSource("m.json", Workflow(new string('m', 101)))], Options(l => l.MaxStringLength = 100)).Problems);

        Assert.Equal(("SPR407", 100), (error.Code, error.ExpressionOffset));
    }

    [Fact]
    public void Two_million_unclosed_placeholders_are_read_in_linear_time()
    {
        var template = string.Concat(Enumerable.Repeat("$(", 2_000_000));
        var clock = Stopwatch.StartNew();

        var workflow = Load(template, Options(l => l.MaxStringLength = 5_000_000));

        // Generous for a loaded machine; the quadratic scan this replaces took 28 s on an idle one.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{clock.Elapsed}");
        Assert.Equal(template, Message(workflow, new HostSubject()));
    }
}
