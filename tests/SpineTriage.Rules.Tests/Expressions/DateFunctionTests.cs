using SpineTriage.Rules.Expressions;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// Dates and time spans (issue 16 item 4), in every tier (<see cref="ExpressionFixture.Evaluate"/> checks the walker
/// against the compiled delegate): their parts, AddDays/AddMonths/AddYears, and the time between two dates; a date
/// moved out of range is missing, never an exception; a missing date is missing and named.
/// </summary>
public sealed class DateFunctionTests
{
    private static Person Ann() => new() { Seen = new DateTime(2024, 2, 29, 18, 30, 0), Born = new DateOnly(1956, 7, 14), Visits = 3, Age = 68 };

    [Theory]
    [InlineData("person.Seen.Year == 2024 && person.Seen.Month == 2 && person.Seen.Day == 29")]
    [InlineData("person.Seen.DayOfYear == 60")]
    [InlineData("person.seen.year == 2024")]
    [InlineData("person.Born.Year == 1956 && person.Born.Month == 7 && person.Born.Day == 14")]
    [InlineData("person.Born.DayNumber - person.Born.AddDays(-10).DayNumber == 10")]
    [InlineData("person.Seen.AddDays(1).Month == 3")]
    [InlineData("person.Seen.AddDays(0.5).Day == 1")]
    [InlineData("person.Seen.AddDays(person.Visits).Day == 3")]
    [InlineData("person.Seen.AddYears(1).Day == 28")]
    [InlineData("person.Seen.AddMonths(-1).Month == 1")]
    [InlineData("person.Born.AddYears(person.Age).Year == 2024")]
    [InlineData("(person.Seen - person.Seen.AddDays(-30)).Days == 30")]
    [InlineData("(person.Seen - person.Seen.Date).TotalHours == 18.5")]
    [InlineData("(person.Seen.AddYears(1) - person.Seen).TotalDays == 365")]
    [InlineData("person.Seen.Date < person.Seen")]
    [InlineData("person.Seen - person.Seen.AddDays(-2) > person.Seen.AddDays(1) - person.Seen")]
    public void Dates_compute_as_dotnet_does(string text) => Assert.Equal(Truth.True, Evaluate(text, Ann()));

    [Theory]
    [InlineData("person.Seen.AddYears(8000).Year > 0")]
    [InlineData("person.Seen.AddDays(-1000000).Year > 0")]
    [InlineData("person.Born.AddMonths(-30000).Year > 0")]
    public void A_date_moved_out_of_range_is_missing(string text)
    {
        Assert.Equal(Truth.Unknown, Evaluate(text, Ann()));
        Assert.Equal(Truth.False, Evaluate(text, Ann(), TruthMode.TwoValued));
    }

    [Fact]
    public void A_missing_date_is_missing_and_named_and_a_residual_keeps_the_date_functions()
    {
        var person = new Person { Visits = 3 };

        Assert.Equal(Truth.Unknown, Evaluate("person.Seen.AddDays(person.Visits).Year == 2024", person));
        Assert.Equal(["person.Seen"], ExpressionExplainer.MissingInputs(MustBind("person.Seen.AddDays(person.Visits).Year == 2024"), [person, null, null]));
        Assert.Equal("person.Seen.AddDays(3.0).Year == 2024", ResidualTests.Residual("person.Seen.AddDays(person.Visits).Year == 2024", person, out _).ToString());
        Assert.Equal("(person.Seen - person.Seen.Date).TotalDays > 0.5", ResidualTests.Residual("(person.Seen - person.Seen.Date).TotalDays > 0.5", person, out _).ToString());
        Assert.Contains("person seen", ResidualTests.Residual("person.Seen.AddDays(person.Visits).Year == 2024", person, out _).ToPlainLanguage().ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("person.Seen.Hour == 1", "Unknown member 'Hour'")]
    [InlineData("person.Seen.Yeer == 1", "Year")]
    [InlineData("person.Seen.AddHours(1) > person.Seen", "Method 'AddHours' cannot be called")]
    [InlineData("person.Seen.AddMonths(1.5) > person.Seen", "needs a whole number (int)")]
    [InlineData("person.Seen.AddDays(\"1\") > person.Seen", "needs a number")]
    [InlineData("person.Born.AddDays(1.5) > person.Born", "needs a whole number (int)")]
    [InlineData("person.Seen.AddDays(1, 2) > person.Seen", "takes 1 argument(s)")]
    [InlineData("(person.Born - person.Born).Days == 0", "subtract their DayNumber")]
    [InlineData("(person.Seen - person.Age).Days == 0", "Cannot subtract")]
    [InlineData("(person.Seen - person.Seen).Year == 0", "Unknown member 'Year'")]
    [InlineData("(person.Seen - person.Seen).AddDays(1).Days == 0", "moves a date")]
    public void A_date_written_wrongly_is_a_located_error_that_says_what_to_write(string text, string expected)
    {
        var error = BindError(text);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.True(error.Length > 0 && error.Offset >= 0, $"{error.Offset}+{error.Length}");
    }

    [Fact]
    public void The_clock_is_read_only_when_the_host_supplies_one_and_then_at_each_evaluation_in_every_tier()
    {
        const string Rules = """
            [{"RuleName":"SeenThisYear","Expression":"person.Seen.Year == DateTime.Today.Year"},
             {"RuleName":"WithinThirtyDays","Expression":"(DateTime.Now - person.Seen).TotalDays <= 30"},
             {"RuleName":"UtcIsLater","Expression":"DateTime.UtcNow > person.Seen"}]
            """;
        var refused = Assert.Throws<RuleLoadException>(() => RuleSet.LoadJson(Workflow(Rules), Options(clock: null)));
        Assert.Contains("RuleSetOptions.Clock", Assert.Single(refused.Problems, d => d.Severity == DiagnosticSeverity.Error && d.RuleName == "SeenThisYear").Message, StringComparison.Ordinal);

        var clock = new FixedClock(new DateTimeOffset(2024, 3, 20, 12, 0, 0, TimeSpan.Zero));
        var workflow = RuleSet.LoadJson(Workflow(Rules), Options(clock)).GetWorkflow("W");
        var person = new Person { Seen = new DateTime(2024, 3, 1) };

        Assert.Equal([RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.Met], Outcomes(workflow, person));
        clock.Now = new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([RuleOutcome.NotMet, RuleOutcome.NotMet, RuleOutcome.Met], Outcomes(workflow, person));
        workflow.Plan.CompileNow();
        Assert.True(workflow.Plan.IsCompiled);
        Assert.Equal([RuleOutcome.NotMet, RuleOutcome.NotMet, RuleOutcome.Met], Outcomes(workflow, person));
        clock.Now = new DateTimeOffset(2024, 3, 25, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([RuleOutcome.Met, RuleOutcome.Met, RuleOutcome.Met], Outcomes(workflow, person));
    }

    [Fact]
    public void A_residual_holds_the_clock_reading_of_its_evaluation_as_a_date()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 20, 12, 0, 0, TimeSpan.Zero));
        var workflow = RuleSet.LoadJson(Workflow("""[{"RuleName":"R","Expression":"person.Seen > DateTime.Today.AddDays(-30)"}]"""), Options(clock)).GetWorkflow("W");

        var result = workflow.Evaluate(new Person());

        Assert.Equal("person.Seen > \"2024-02-19\"", result.ResultOf(0).Residual!.ToString());
    }

    [Fact]
    public void A_global_parameter_that_reads_the_clock_is_not_folded_at_load()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 20, 12, 0, 0, TimeSpan.Zero));
        var json = """{"WorkflowName":"W","GlobalParams":[{"Name":"cutoff","Expression":"DateTime.Today.AddDays(-30)"}],"Rules":[{"RuleName":"Recent","Expression":"person.Seen >= cutoff"},{"RuleName":"NotYet","Expression":"DateTime.Today.Year > 2100 && person.Seen != null"}]}""";
        var ruleSet = RuleSet.LoadJson(json, Options(clock));
        var workflow = ruleSet.GetWorkflow("W");
        var person = new Person { Seen = new DateTime(2024, 3, 1) };

        Assert.Equal(RuleOutcome.Met, workflow.Evaluate(person).OutcomeOf(0));
        Assert.DoesNotContain(ruleSet.Warnings, d => d.Code == "SPR801");
        clock.Now = clock.Now.AddDays(60);
        Assert.Equal(RuleOutcome.NotMet, workflow.Evaluate(person).OutcomeOf(0));
    }

    private static RuleOutcome[] Outcomes(Workflow workflow, Person person)
    {
        var result = workflow.Evaluate(person);
        return [.. Enumerable.Range(0, workflow.Rules.Count).Select(result.OutcomeOf)];
    }

    private static string Workflow(string rules) => $$"""{"WorkflowName":"W","Rules":{{rules}}}""";

    private static RuleSetOptions Options(TimeProvider? clock)
    {
        var options = new RuleSetOptions { Clock = clock };
        options.Inputs.Add(new RuleInput("person", typeof(Person)));
        return options;
    }

    /// <summary>A clock a test sets; local time is UTC.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
