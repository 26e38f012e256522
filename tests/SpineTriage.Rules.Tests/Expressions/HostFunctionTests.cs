using SpineTriage.Rules.Expressions;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// Host-registered functions (RuleSetOptions.CustomTypes, RulesEngine's CustomTypes): public static methods of a type the
/// host opts in, in every tier, with missing arguments and null results missing, and located errors for anything else.
/// </summary>
public sealed class HostFunctionTests
{
    private static Person Ann() => new() { Name = "Ann Lee", Age = 70, Bmi = 27.5, Stenosis = Grade.Severe };

    [Theory]
    [InlineData("HostFunctions.Twice(person.Age) == 140", Truth.True)]
    [InlineData("hostfunctions.twice(3) == 6", Truth.True)]
    [InlineData("HostFunctions.Ratio(person.Bmi, 2) > 13", Truth.True)]
    [InlineData("HostFunctions.Ratio(person.Age, 4) == 17.5", Truth.True)]
    [InlineData("HostFunctions.IsShort(\"Bo\")", Truth.True)]
    [InlineData("!HostFunctions.IsShort(person.Name)", Truth.True)]
    [InlineData("HostFunctions.Initials(person.Name, 3) == \"Ann\"", Truth.True)]
    [InlineData("HostFunctions.IsSevere(person.Stenosis)", Truth.True)]
    [InlineData("HostFunctions.Ratio(1, 0) > 0", Truth.Unknown)]
    internal void A_registered_static_method_is_called_in_every_tier(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Ann()));

    [Fact]
    public void A_missing_argument_makes_the_call_missing_and_is_named()
    {
        var person = new Person();

        Assert.Equal(Truth.Unknown, Evaluate("HostFunctions.Twice(person.Age) > 1", person));
        Assert.Equal(Truth.False, Evaluate("HostFunctions.Twice(person.Age) > 1", person, TruthMode.TwoValued));
        Assert.Equal(["person.Age"], ExpressionExplainer.MissingInputs(MustBind("HostFunctions.Twice(person.Age) > 1"), [person, null, null]));
        Assert.Equal("HostFunctions.Twice(person.Age) > 1", ResidualTests.Residual("HostFunctions.Twice(person.Age) > 1", person, out _).ToString());
    }

    [Theory]
    [InlineData("HostFunctions.Thrice(1) == 3", "SPR302", "has no public static method 'Thrice'")]
    [InlineData("HostFunctions.Twice(\"a\") == 3", "SPR305", "Twice(int) returning int")]
    [InlineData("HostFunctions.Twice(1.5) == 3", "SPR305", "No 'HostFunctions.Twice' takes (double)")]
    [InlineData("HostFunctions.Untyped() == null", "SPR305", "returns a text, number, bool or enum")]
    [InlineData("HostFunctions.Nothing() == null", "SPR305", "returns a text, number, bool or enum")]
    [InlineData("OtherFunctions.Twice(1) == 2", "SPR300", "OtherFunctions")]
    public void Anything_else_is_a_located_error(string text, string code, string message)
    {
        var error = BindError(text);

        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_that_throws_fails_its_rule_and_the_others_run()
    {
        var options = TestRulesOptions();
        options.CustomTypes.Add(typeof(HostFunctions));
        var workflow = RuleSet.Load(
            [new RuleSource("rules.json", """{"WorkflowName":"W","Rules":[{"RuleName":"Throws","Expression":"HostFunctions.Fails(person.Age) > 1"},{"RuleName":"Fine","Expression":"HostFunctions.Twice(person.Age) > 1"}]}""")],
            options).GetWorkflow("W");

        var results = workflow.Evaluate(Ann(), null, null).Results;

        Assert.Equal(RuleOutcome.Unknown, results[0].Outcome);
        Assert.Contains("host function failed on 70", results[0].ExceptionMessage, StringComparison.Ordinal);
        Assert.Equal(RuleOutcome.Met, results[1].Outcome);
    }

    [Fact]
    public void Without_registration_the_type_is_an_unknown_name()
    {
        var result = RuleSet.TryLoad(
            [new RuleSource("rules.json", """{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"HostFunctions.Twice(person.Age) > 1"}]}""")],
            TestRulesOptions());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, d => d.Message.Contains("Unknown name 'HostFunctions'", StringComparison.Ordinal)
            && d.Message.Contains("registers it in RuleSetOptions.CustomTypes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_whose_name_is_an_input_is_refused_when_registered()
    {
        var options = TestRulesOptions();
        options.CustomTypes.Add(typeof(Person));

        Assert.Throws<ArgumentException>(() => LoadTrivial(WithInput(options, "Person")));
    }

    [Fact]
    public void A_type_named_like_a_built_in_is_refused_when_registered()
    {
        var options = TestRulesOptions();
        options.CustomTypes.Add(typeof(ShadowingTypes.Convert));

        var error = Assert.Throws<ArgumentException>(() => LoadTrivial(options));
        Assert.Contains("'Convert' is taken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_with_no_method_rules_can_call_is_refused_when_registered()
    {
        var options = TestRulesOptions();
        options.CustomTypes.Add(typeof(ShadowingTypes.Uncallable));

        var error = Assert.Throws<ArgumentException>(() => LoadTrivial(options));
        Assert.Contains("'Uncallable' has no method rules can call", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_set_lists_every_function_rules_can_call_and_only_those()
    {
        var options = TestRulesOptions();
        options.CustomTypes.Add(typeof(ShadowingTypes.Tripler));
        options.CustomTypes.Add(typeof(HostFunctions));

        var listed = LoadTrivial(options).HostFunctions;

        Assert.Equal(
        [
            "HostFunctions.Fails(int) returning int",
            "HostFunctions.Initials(string, int) returning string",
            "HostFunctions.IsSevere(Grade) returning bool",
            "HostFunctions.IsShort(string) returning bool",
            "HostFunctions.Ratio(double, double) returning double?",
            "HostFunctions.Twice(int) returning int",
            "Tripler.Thrice(int) returning int",
        ], listed);
        Assert.Empty(LoadTrivial(TestRulesOptions()).HostFunctions);
    }

    [Fact]
    public void Each_function_rules_can_call_is_a_note_among_the_load_diagnostics_and_no_warning()
    {
        var options = TestRulesOptions();
        options.CustomTypes.Add(typeof(ShadowingTypes.Tripler));

        var loaded = RuleSet.TryLoad([new RuleSource("rules.json", """{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"true"}]}""")], options);

        var note = Assert.Single(loaded.Problems);
        Assert.Equal((DiagnosticSeverity.Info, "SPR116"), (note.Severity, note.Code));
        Assert.Contains("Tripler.Thrice(int) returning int", note.Message, StringComparison.Ordinal);
        Assert.Contains(": info SPR116: ", note.ToString(), StringComparison.Ordinal);
        Assert.Empty(loaded.RuleSet!.Warnings);
        Assert.Empty(RuleSet.TryLoad([new RuleSource("rules.json", """{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"true"}]}""")], TestRulesOptions()).Problems);
    }

    [Fact]
    public void The_rule_set_version_names_the_registered_functions()
    {
        const string Json = """{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"person.Age > 3"}]}""";
        var plain = RuleSet.LoadJson(Json, TestRulesOptions()).ContentHash;
        var withFunctions = TestRulesOptions();
        withFunctions.CustomTypes.Add(typeof(HostFunctions));
        var withOthers = TestRulesOptions();
        withOthers.CustomTypes.Add(typeof(ShadowingTypes.Tripler));
        var both = TestRulesOptions();
        both.CustomTypes.Add(typeof(ShadowingTypes.Tripler));
        both.CustomTypes.Add(typeof(HostFunctions));
        var bothReversed = TestRulesOptions();
        bothReversed.CustomTypes.Add(typeof(HostFunctions));
        bothReversed.CustomTypes.Add(typeof(ShadowingTypes.Tripler));

        string[] hashes = [plain, RuleSet.LoadJson(Json, withFunctions).ContentHash, RuleSet.LoadJson(Json, withOthers).ContentHash, RuleSet.LoadJson(Json, both).ContentHash];

        Assert.Equal(hashes.Length, hashes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(RuleSet.LoadJson(Json, both).ContentHash, RuleSet.LoadJson(Json, bothReversed).ContentHash);
        Assert.Equal(plain, RuleSet.LoadJson(Json, TestRulesOptions()).ContentHash);
    }

    /// <summary>A one-rule set that reads nothing, loaded with the given options (registration is checked before any rule is read).</summary>
    private static RuleSet LoadTrivial(RuleSetOptions options) =>
        RuleSet.Load([new RuleSource("rules.json", """{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"true"}]}""")], options);

    private static RuleSetOptions TestRulesOptions()
    {
        var options = new RuleSetOptions();
        foreach (var input in ExpressionFixture.Inputs)
        {
            options.Inputs.Add(input);
        }

        return options;
    }

    private static RuleSetOptions WithInput(RuleSetOptions options, string name)
    {
        options.Inputs.Add(new RuleInput(name, typeof(Person)));
        return options;
    }
}

/// <summary>Holds a host type named like a built-in (Convert), which registration refuses.</summary>
public static class ShadowingTypes
{
    public static class Convert
    {
        public static double ToDouble(int value) => -value;
    }

    /// <summary>Only methods rules cannot call: an object result, a list argument, an out parameter.</summary>
    public static class Uncallable
    {
        public static object Make() => new();

        public static int Count(List<int> values) => values.Count;

        public static bool TryRead(string text, out int value) => int.TryParse(text, out value);
    }

    /// <summary>Another host type with one callable function.</summary>
    public static class Tripler
    {
        public static int Thrice(int value) => 3 * value;
    }
}
