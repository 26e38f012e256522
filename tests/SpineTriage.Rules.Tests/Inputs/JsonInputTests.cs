using System.Dynamic;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpineTriage.Rules.Tests.Evaluation;

namespace SpineTriage.Rules.Tests.Inputs;

/// <summary>Inputs given as JSON or as dictionaries, typed by a JSON Schema or a sample (issue 16 item 5).</summary>
public sealed class JsonInputTests
{
    private const string OrderSchema = """
        {
          "type": "object",
          "properties": {
            "country": { "type": "string" },
            "amount": { "type": ["number", "null"] },
            "loyaltyYears": { "type": "integer" },
            "vip": { "type": "boolean" },
            "placed": { "type": "string", "format": "date" },
            "tier": { "enum": ["gold", "silver", null] },
            "items": { "type": "array", "items": { "type": "object", "properties": { "sku": { "type": "string" }, "qty": { "type": "integer" } } } },
            "tags": { "type": "array", "items": { "type": "string" } },
            "address": { "type": "object", "properties": { "city": { "type": "string" } } }
          }
        }
        """;

    private const string Rules = """
        {"RuleName":"India","Expression":"order.country == \"india\""},
        {"RuleName":"Large","Expression":"order.amount > 1000"},
        {"RuleName":"Loyal","Expression":"order.loyaltyYears >= 3 && order.vip"},
        {"RuleName":"Recent","Expression":"order.placed.Year == 2026"},
        {"RuleName":"Bulk","Expression":"order.items.Any(i => i.qty >= 10)"},
        {"RuleName":"Tagged","Expression":"order.tags.Contains(\"gift\")"},
        {"RuleName":"Delhi","Expression":"order.address.city == \"Delhi\""}
        """;

    private const string Order = """
        {"country":"india","amount":1500.5,"loyaltyYears":4,"vip":true,"placed":"2026-03-01","tier":"gold",
         "items":[{"sku":"a","qty":2},{"sku":"b","qty":12}],"tags":["gift"],"address":{"city":"Delhi"}}
        """;

    private static Workflow Load(RuleInput input)
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(input);
        return RuleSet.LoadJson(TestRules.Workflow(Rules), options).GetWorkflow("W");
    }

    private static RuleOutcome[] Outcomes(Workflow workflow, object input) => [.. workflow.Evaluate(input).Results.Select(r => r.Outcome)];

    [Fact]
    public void A_json_element_node_text_and_dictionary_of_the_same_order_give_the_same_outcomes()
    {
        var workflow = Load(RuleInput.FromJsonSchema("order", OrderSchema));
        var element = JsonDocument.Parse(Order).RootElement;
        var dictionary = JsonSerializer.Deserialize<Dictionary<string, object?>>(Order)!;

        var expected = Enumerable.Repeat(RuleOutcome.Met, 7).ToArray();
        Assert.Equal(expected, Outcomes(workflow, element));
        Assert.Equal(expected, Outcomes(workflow, JsonNode.Parse(Order)!));
        Assert.Equal(expected, Outcomes(workflow, Order));
        Assert.Equal(expected, Outcomes(workflow, dictionary));
    }

    [Fact]
    public void The_compiled_tier_reads_a_json_input_as_the_interpreter_does()
    {
        var workflow = Load(RuleInput.FromJsonSchema("order", OrderSchema));
        var orders = new[] { Order, """{"country":"france","amount":10,"items":[{"qty":null}],"tags":[]}""", "{}" }.Select(o => JsonDocument.Parse(o).RootElement).ToArray();
        var interpreted = orders.Select(o => Outcomes(workflow, o)).ToArray();

        workflow.Plan.CompileNow();

        Assert.Equal(interpreted, orders.Select(o => Outcomes(workflow, o)).ToArray());
        Assert.Contains(RuleOutcome.Unknown, interpreted[1]);
        Assert.Contains(RuleOutcome.NotMet, interpreted[1]);
    }

    [Fact]
    public void An_expando_object_with_clr_values_is_read_like_json()
    {
        var workflow = Load(RuleInput.FromJsonSchema("order", OrderSchema));
        dynamic order = new ExpandoObject();
        order.country = "india";
        order.amount = 1500m;
        order.loyaltyYears = 4;
        order.vip = true;
        order.placed = new DateOnly(2026, 3, 1);
        order.items = new List<object> { new Dictionary<string, object?> { ["sku"] = "b", ["qty"] = 12 } };
        order.tags = new[] { "gift" };
        order.address = new Dictionary<string, object?> { ["city"] = "Delhi" };

        Assert.Equal(Enumerable.Repeat(RuleOutcome.Met, 7), Outcomes(workflow, (object)order));
    }

    [Fact]
    public void A_member_absent_null_or_of_another_json_type_is_missing_and_named_by_its_path()
    {
        var workflow = Load(RuleInput.FromJsonSchema("order", OrderSchema));

        var result = workflow.Evaluate(JsonDocument.Parse("""{"country":7,"amount":null,"loyaltyYears":2.5,"vip":true,"items":[{"sku":"a","qty":"many"}]}""").RootElement);

        Assert.Equal(RuleOutcome.Unknown, result.Find("India")!.Outcome);
        Assert.Equal(["order.country"], result.Find("India")!.MissingInputs);
        Assert.Equal(["order.amount"], result.Find("Large")!.MissingInputs);
        Assert.Equal(["order.loyaltyYears"], result.Find("Loyal")!.MissingInputs);
        Assert.Equal(["order.items[0].qty"], result.Find("Bulk")!.MissingInputs);
        Assert.Equal(RuleOutcome.Unknown, result.Find("Delhi")!.Outcome);
    }

    [Fact]
    public void Rules_over_a_json_input_are_type_checked_at_load()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(RuleInput.FromJsonSchema("order", OrderSchema));

        var unknownMember = TestRules.Errors(TestRules.Workflow("""{"RuleName":"R","Expression":"order.countrry == \"india\""}"""), options);
        var wrongType = TestRules.Errors(TestRules.Workflow("""{"RuleName":"R","Expression":"order.country > 3"}"""), options);

        Assert.Contains(unknownMember, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("countrry", StringComparison.Ordinal));
        Assert.Contains(wrongType, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_sample_types_the_input_as_its_values_do()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(RuleInput.FromJsonSample("order", Order));
        var rules = Rules.Replace("""{"RuleName":"Recent","Expression":"order.placed.Year == 2026"},""", string.Empty, StringComparison.Ordinal);
        var workflow = RuleSet.LoadJson(TestRules.Workflow(rules), options).GetWorkflow("W");

        Assert.Equal(Enumerable.Repeat(RuleOutcome.Met, 6), Outcomes(workflow, JsonDocument.Parse(Order).RootElement));

        // A date in a sample is a string (only a schema's "format" makes it a date), so its Year is no member.
        var errors = TestRules.Errors(TestRules.Workflow("""{"RuleName":"R","Expression":"order.placed.Year == 2026"}"""), options);
        Assert.Contains(errors, d => d.Code == "SPR301");
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"a":{"oneOf":[{"type":"string"},{"type":"number"}]}}}""", "$.properties.a", "oneOf")]
    [InlineData("""{"type":"object","properties":{"a":{"type":"array"}}}""", "$.properties.a", "items")]
    [InlineData("""{"type":"object","properties":{"first-name":{"type":"string"}}}""", "$.properties", "first-name")]
    [InlineData("""{"type":"string"}""", "$", "object")]
    [InlineData("""{"type":"object","properties":{"name":{"type":"string"},"Name":{"type":"string"}}}""", "$.properties", "but for case")]
    [InlineData("""{"type":"object","properties":{"a":{"type":["string","number"]}}}""", "$.properties.a", "one type")]
    public void A_schema_that_leaves_a_type_open_is_refused_with_its_json_path(string schema, string path, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => RuleInput.FromJsonSchema("order", schema));

        Assert.Contains($"at {path}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a":null}""", "$.a")]
    [InlineData("""{"a":[]}""", "$.a")]
    [InlineData("""{"a":[1,"x"]}""", "$.a")]
    public void A_sample_that_gives_no_type_is_refused_with_its_json_path(string sample, string path)
    {
        var error = Assert.Throws<ArgumentException>(() => RuleInput.FromJsonSample("order", sample));

        Assert.Contains($"at {path}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_neither_json_nor_a_dictionary_is_refused_naming_the_input()
    {
        var workflow = Load(RuleInput.FromJsonSchema("order", OrderSchema));

        var error = Assert.Throws<ArgumentException>(() => workflow.Evaluate(42));

        Assert.Contains("'order'", error.Message, StringComparison.Ordinal);
        Assert.Contains("JsonElement", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order.GetProperty(\"country\").GetString() == \"india\"")]
    [InlineData("order.GetProperty(\"loyaltyYears\").GetInt32() >= 3")]
    [InlineData("order.GetProperty(\"amount\").GetDouble() > 1000.0")]
    [InlineData("order.GetProperty(\"vip\").GetBoolean()")]
    [InlineData("order.GetProperty(\"address\").GetProperty(\"city\").GetString() == \"Delhi\"")]
    public void JsonElement_getters_read_the_member_the_schema_types(string expression)
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(RuleInput.FromJsonSchema("order", OrderSchema));
        var workflow = RuleSet.LoadJson(TestRules.Workflow($$"""{"RuleName":"R","Expression":{{JsonSerializer.Serialize(expression)}}}"""), options).GetWorkflow("W");

        Assert.Equal(RuleOutcome.Met, workflow.Evaluate(JsonDocument.Parse(Order).RootElement).OutcomeOf(0));
        Assert.Equal(RuleOutcome.Unknown, workflow.Evaluate(JsonDocument.Parse("{}").RootElement).OutcomeOf(0));
    }

    [Theory]
    [InlineData("order.GetProperty(\"country\").GetInt32() > 3", "SPR304")]
    [InlineData("order.GetProperty(\"amount\").GetString() == \"x\"", "SPR304")]
    [InlineData("order.GetProperty(\"countrry\").GetString() == \"x\"", "SPR301")]
    [InlineData("order.GetProperty(order.country) == null", "SPR302")]
    public void A_getter_of_another_type_than_the_schema_gives_or_an_unknown_member_is_a_load_error(string expression, string code)
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(RuleInput.FromJsonSchema("order", OrderSchema));

        var errors = TestRules.Errors(TestRules.Workflow($$"""{"RuleName":"R","Expression":{{JsonSerializer.Serialize(expression)}}}"""), options);

        Assert.Contains(errors, d => d.Severity == DiagnosticSeverity.Error && d.Code == code);
    }

    [Fact]
    public void Another_schema_is_another_rule_set_version_and_the_same_schema_the_same()
    {
        static string Hash(string schema)
        {
            var options = new RuleSetOptions();
            options.Inputs.Add(RuleInput.FromJsonSchema("order", schema));
            return RuleSet.LoadJson(TestRules.Workflow("""{"RuleName":"R","Expression":"order.country == \"india\""}"""), options).ContentHash;
        }

        var wider = OrderSchema.Replace("\"vip\": { \"type\": \"boolean\" },", "\"vip\": { \"type\": \"boolean\" }, \"note\": { \"type\": \"string\" },", StringComparison.Ordinal);

        Assert.NotEqual(OrderSchema, wider);
        Assert.Equal(Hash(OrderSchema), Hash(OrderSchema));
        Assert.NotEqual(Hash(OrderSchema), Hash(wider));
    }

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("42", "a number")]
    [InlineData("{\"country\": ", "cannot read")]
    public void Json_that_is_not_an_object_is_refused_naming_the_input_not_read_as_missing(string json, string reason)
    {
        var workflow = Load(RuleInput.FromJsonSchema("order", OrderSchema));

        var fromText = Assert.Throws<ArgumentException>(() => workflow.Evaluate(json));

        Assert.Contains("'order'", fromText.Message, StringComparison.Ordinal);
        Assert.Contains(reason, fromText.Message, StringComparison.Ordinal);
        if (reason != "cannot read")
        {
            Assert.Contains(reason, Assert.Throws<ArgumentException>(() => workflow.Evaluate(JsonDocument.Parse(json).RootElement)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_same_schema_loaded_again_reads_into_the_same_type()
    {
        Assert.Same(RuleInput.FromJsonSchema("order", OrderSchema).Type, RuleInput.FromJsonSchema("order", OrderSchema).Type);
    }
}
