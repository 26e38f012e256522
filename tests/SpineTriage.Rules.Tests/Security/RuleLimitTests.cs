using System.Text;
using System.Text.Json;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Security;

// Each limit at its default: one past it is a located error naming the RuleLimits property; raising it accepts the same file.
public sealed class RuleLimitTests
{
    private static readonly RuleLimits Defaults = new();

    [Fact]
    public void Defaults_are_the_documented_safe_values()
    {
        Assert.Equal(
            (4L * 1024 * 1024, 64, 10_000, 100, 10_000, 100_000, 16, 10_000, 1_000, (100_000, 100)),
            (Defaults.MaxFileBytes, Defaults.MaxJsonDepth, Defaults.MaxExpressionLength, Defaults.MaxExpressionDepth, Defaults.MaxRulesPerWorkflow, Defaults.MaxRulesPerRuleSet,
                Defaults.MaxInjectionDepth, Defaults.MaxExpandedExpressionSize, Defaults.MaxExpandedExpressionDepth, (Defaults.MaxStringLength, Defaults.MaxErrorMessagePlaceholders)));
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        var json = Workflow(Rule("R", "patient.Age > 1")) + new string(' ', (int)Defaults.MaxFileBytes);

        var error = SingleError(json, "SPR001", "RuleLimits.MaxFileBytes");

        Assert.Equal((1, 1, "$"), (error.Line, error.Column, error.JsonPath));
        Assert.True(Loads(json, o => o.Limits.MaxFileBytes = 8L * 1024 * 1024));
    }

    [Fact]
    public void Huge_stream_is_read_only_up_to_the_size_limit()
    {
        using var endless = new RepeatingStream((byte)' ', 64L * 1024 * 1024 * 1024);

        var thrown = Assert.Throws<RuleLoadException>(() => RuleSet.LoadStream(endless, TwentyRuleWorkload.Options(), "endless.json"));

        Assert.Equal("SPR001", Assert.Single(thrown.Problems).Code);
        Assert.True(endless.Position <= Defaults.MaxFileBytes + 81_920, $"Read {endless.Position} bytes.");
    }

    [Fact]
    public void Json_deeper_than_the_depth_limit_is_a_located_error()
    {
        var properties = new string('[', 70) + new string(']', 70);
        var json = "[{\"WorkflowName\":\"W\",\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"true\",\"Properties\":{\"deep\":" + properties + "}}]}]";

        var error = SingleError(json, "SPR003", "RuleLimits.MaxJsonDepth");

        Assert.True(error.Line == 1 && error.Column > 60, error.ToString());
        Assert.True(Loads(json, o => o.Limits.MaxJsonDepth = 100));
    }

    [Fact]
    public void Expression_over_the_length_limit_is_located_at_the_limit()
    {
        var json = Workflow(Rule("R", "patient.MotorDeficit == \"" + new string('a', Defaults.MaxExpressionLength) + "\""));

        var error = SingleError(json, "SPR500", "RuleLimits.MaxExpressionLength");

        Assert.Equal(Defaults.MaxExpressionLength, error.ExpressionOffset);
        Assert.Equal("$[0].Rules[0].Expression", error.JsonPath);
        Assert.True(Loads(json, o => o.Limits.MaxExpressionLength = 20_000));
    }

    [Fact]
    public void Expression_nested_past_the_depth_limit_is_located()
    {
        var json = Workflow(Rule("R", new string('(', 101) + "true" + new string(')', 101)));

        var error = SingleError(json, "SPR501", "RuleLimits.MaxExpressionDepth");

        Assert.Equal(100, error.ExpressionOffset);
        Assert.True(Loads(json, o => o.Limits.MaxExpressionDepth = 200));
    }

    [Fact]
    public void Workflow_with_more_rules_than_the_limit_is_a_located_error()
    {
        var rules = string.Join(",", Enumerable.Range(0, Defaults.MaxRulesPerWorkflow + 1).Select(i => Rule($"R{i}", "true")));

        var error = SingleError(Workflow(rules), "SPR113", "RuleLimits.MaxRulesPerWorkflow");

        Assert.Equal("$[0]", error.JsonPath);
        Assert.True(Loads(Workflow(rules), o => o.Limits.MaxRulesPerWorkflow = 20_000));
    }

    [Fact]
    public void Injection_fan_out_past_the_rule_limit_is_refused_before_any_list_is_built()
    {
        // Ten workflows per level, each injecting all ten of the level below: 10^16 rules if expanded (issue 12).
        var levels = Enumerable.Range(0, 17).SelectMany(level => Enumerable.Range(0, 10).Select(k =>
            $$"""{"WorkflowName":"L{{level}}W{{k}}"{{(level == 0 ? "" : ",\"WorkflowsToInject\":[" + string.Join(",", Enumerable.Range(0, 10).Select(j => $"\"L{level - 1}W{j}\"")) + "]")}},"Rules":[{{Rule($"L{level}W{k}R", "true")}}]}"""));
        var json = $"[{string.Join(",", levels)}]";

        var errors = Errors(json);

        // Reported where the excess starts: the ten workflows of level 4 (11,111 rules each), not the levels above them.
        Assert.Equal(11, errors.Count);
        var error = errors[0];
        Assert.Equal(("SPR113", "$[40].WorkflowsToInject[0]", "L4W0"), (error.Code, error.JsonPath, error.WorkflowName));
        Assert.Contains("11,111 rules once WorkflowsToInject is expanded", error.Message, StringComparison.Ordinal);
        Assert.Contains("rules once WorkflowsToInject is expanded in every workflow, more than the limit of 100,000 (RuleLimits.MaxRulesPerRuleSet)", errors[10].Message, StringComparison.Ordinal);
        Assert.Contains("RuleLimits.MaxRulesPerWorkflow", error.Message, StringComparison.Ordinal);
        Assert.All(errors, AssertLocated);
    }

    [Fact]
    public void Injected_rules_count_toward_the_workflow_limit()
    {
        var json = $$"""[{"WorkflowName":"A","WorkflowsToInject":["B"],"Rules":[{{Rule("A1", "true")}}]},{"WorkflowName":"B","Rules":[{{Rule("B1", "true")}},{{Rule("B2", "true")}}]}]""";

        var error = Assert.Single(Errors(json, o => o.Limits.MaxRulesPerWorkflow = 2));

        Assert.Equal(("SPR113", "$[0].WorkflowsToInject[0]", "A"), (error.Code, error.JsonPath, error.WorkflowName));
        Assert.Contains("has 3 rules once WorkflowsToInject is expanded", error.Message, StringComparison.Ordinal);
        AssertLocated(error);
        Assert.True(Loads(json, o => o.Limits.MaxRulesPerWorkflow = 3));
    }

    [Fact]
    public void Rules_of_all_workflows_together_past_the_rule_set_limit_are_a_located_error()
    {
        var copies = Enumerable.Range(0, 5).Select(i => $$"""{"WorkflowName":"C{{i}}","WorkflowsToInject":["Big"],"Rules":[{{Rule($"C{i}R", "true")}}]}""");
        var big = $$"""{"WorkflowName":"Big","Rules":[{{string.Join(",", Enumerable.Range(0, 10).Select(i => Rule($"B{i}", "true")))}}]}""";
        var json = $"[{string.Join(",", copies.Append(big))}]";

        var errors = Errors(json, o => o.Limits.MaxRulesPerRuleSet = 50);

        var error = Assert.Single(errors);
        Assert.Equal("SPR113", error.Code);
        Assert.Contains("65 rules once WorkflowsToInject is expanded in every workflow", error.Message, StringComparison.Ordinal);
        Assert.Contains("RuleLimits.MaxRulesPerRuleSet", error.Message, StringComparison.Ordinal);
        AssertLocated(error);
        Assert.True(Loads(json, o => o.Limits.MaxRulesPerRuleSet = 65));
    }

    [Fact]
    public void Injection_chain_longer_than_the_limit_is_a_located_error()
    {
        var workflows = Enumerable.Range(0, Defaults.MaxInjectionDepth + 2).Select(i =>
            $$"""{"WorkflowName":"W{{i}}","WorkflowsToInject":[{{(i == Defaults.MaxInjectionDepth + 1 ? "" : $"\"W{i + 1}\"")}}],"Rules":[{{Rule($"R{i}", "true")}}]}""");
        var json = $"[{string.Join(",", workflows)}]";

        var errors = Errors(json);

        Assert.Contains(errors, e => e.Code == "SPR605" && e.Message.Contains("RuleLimits.MaxInjectionDepth", StringComparison.Ordinal));
        Assert.All(errors, AssertLocated);
        Assert.True(Loads(json, o => o.Limits.MaxInjectionDepth = 32));
    }

    [Fact]
    public void Param_expansion_past_the_size_limit_is_a_located_error()
    {
        var json = Workflow(Rule("R", "p12 > 0"), Params(Doubling("patient.Age", "*", 12)));

        var error = Assert.Single(Errors(json), e => e.Code == "SPR503");

        Assert.Contains("RuleLimits.MaxExpandedExpressionSize", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"^\$\[0\]\.GlobalParams\[1[12]\]\.Expression$", error.JsonPath);
        Assert.True(Loads(json, o => o.Limits.MaxExpandedExpressionSize = 40_000));
    }

    [Fact]
    public void Param_chain_past_the_expanded_depth_limit_is_a_located_error()
    {
        var chain = new[] { ("q0", "patient.Age") }.Concat(Enumerable.Range(1, 600).Select(k => ($"q{k}", $"q{k - 1} + 1"))).ToArray();
        var json = Workflow(Rule("R", "q600 > 0"), Params(chain));

        var errors = Errors(json);

        Assert.Contains(errors, e => e.Code == "SPR503" && e.Message.Contains("RuleLimits.MaxExpandedExpressionDepth", StringComparison.Ordinal));
        Assert.All(errors, AssertLocated);
        Assert.True(Loads(json, o => o.Limits.MaxExpandedExpressionDepth = 2_000));
    }

    [Fact]
    public void Constant_text_longer_than_the_string_limit_is_refused_at_load()
    {
        var json = Workflow(Rule("R", "p7.Length > 0"), Params(Doubling("\"" + new string('a', 1_000) + "\"", "+", 7)));

        var error = Assert.Single(Errors(json), e => e.Code == "SPR504");

        Assert.Contains("RuleLimits.MaxStringLength", error.Message, StringComparison.Ordinal);
        Assert.Equal("$[0].GlobalParams[7].Expression", error.JsonPath);
        Assert.True(Loads(json, o => o.Limits.MaxStringLength = 200_000));
    }

    [Fact]
    public void Text_built_from_inputs_past_the_string_limit_makes_the_rule_unknown()
    {
        var json = Workflow(Rule("R", "p6.Length > 0"), Params(Doubling("patient.MotorDeficit", "+", 6)));
        var options = TwentyRuleWorkload.Options();
        options.Limits.MaxStringLength = 1_000;
        var workflow = RuleSet.LoadJson(json, options).GetWorkflow("W");

        var shortText = workflow.Evaluate(new WorkloadCase { MotorDeficit = "none" }).Results[0];
        var longText = workflow.Evaluate(new WorkloadCase { MotorDeficit = new string('x', 100) }).Results[0];

        Assert.Equal(RuleOutcome.Met, shortText.Outcome);
        Assert.Equal(RuleOutcome.Unknown, longText.Outcome);
        Assert.Contains("RuleLimits.MaxStringLength", longText.ExceptionMessage, StringComparison.Ordinal);
        Assert.Equal(RuleOutcome.Unknown, longText.Explain().Outcome);
    }

    internal static string Rule(string name, string expression) => JsonSerializer.Serialize(new { RuleName = name, Expression = expression });

    internal static string Workflow(string rules, string globals = "[]") => $$"""[{"WorkflowName":"W","GlobalParams":{{globals}},"Rules":[{{rules}}]}]""";

    internal static string Params(IEnumerable<(string Name, string Expression)> parameters) =>
        JsonSerializer.Serialize(parameters.Select(p => new { p.Name, p.Expression }));

    private static (string, string)[] Doubling(string seed, string op, int steps) =>
        [("p0", seed), .. Enumerable.Range(1, steps).Select(k => ($"p{k}", $"p{k - 1} {op} p{k - 1}"))];

    private static List<Diagnostic> Errors(string json, Action<RuleSetOptions>? configure = null)
    {
        var options = TwentyRuleWorkload.Options();
        configure?.Invoke(options);
        return [.. RuleSet.TryLoad([new RuleSource("limits.json", json)], options).Problems.Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    private static bool Loads(string json, Action<RuleSetOptions> configure) => Errors(json, configure).Count == 0;

    private static Diagnostic SingleError(string json, string code, string limitName)
    {
        var errors = Errors(json);
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(limitName, error.Message, StringComparison.Ordinal);
        AssertLocated(error);
        return error;
    }

    private static void AssertLocated(Diagnostic diagnostic) =>
        Assert.True(diagnostic.File == "limits.json" && diagnostic.Line > 0 && diagnostic.Column > 0 && diagnostic.JsonPath is not null, diagnostic.ToString());

    /// <summary>A stream of one byte repeated, never materialised.</summary>
    private sealed class RepeatingStream(byte value, long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            buffer.AsSpan(offset, n).Fill(value);
            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
