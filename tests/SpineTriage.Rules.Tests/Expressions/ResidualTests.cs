using SpineTriage.Rules.Expressions.Interpretation;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class ResidualTests
{
    internal static ResidualCondition Residual(string text, Person? person, out ResidualSession session)
    {
        var bound = MustBind(text);
        return ResidualSession.Settle(s => s.Residualise(bound, [person, null, null]), null, out session);
    }

    private static string Residual(string text, Person? person) => Residual(text, person, out _).ToString();

    [Fact]
    public void Known_values_are_substituted_and_the_comparisons_on_missing_inputs_stay()
    {
        var residual = Residual("person.Age > threshold && person.Bmi >= minBmi", new Person { Age = 70 }, out _);
        Assert.Equal("person.Bmi >= 30.5", residual.ToString());
        Assert.Equal(["person.Bmi"], residual.MissingInputs);
        Assert.Null(residual.Outcome);
    }

    [Theory]
    [InlineData("person.Age > 65 || person.Bmi > 30", "true")]
    [InlineData("person.Age < 65 && person.Bmi > 30", "false")]
    [InlineData("person.Age > 65 && person.Bmi > 30", "person.Bmi > 30.0")]
    [InlineData("person.Age < 65 || person.Bmi > 30", "person.Bmi > 30.0")]
    [InlineData("!(person.Age > 65 && person.Bmi > 30)", "!(person.Bmi > 30.0)")]
    [InlineData("(person.Age + 5) * 2 > person.Bmi", "150.0 > person.Bmi")]
    [InlineData("person.Bmi * 2 > person.Age", "person.Bmi * 2.0 > 70.0")]
    public void Constants_fold_and_kleene_absorption_drops_what_cannot_matter(string text, string expected) =>
        Assert.Equal(expected, Residual(text, new Person { Age = 70 }));

    [Fact]
    public void Any_over_known_elements_is_unrolled_and_keeps_each_element_index()
    {
        var person = new Person { Segments = [new Segment { TranslationMm = 1 }, new Segment(), new Segment { Height = 4 }] };
        Assert.Equal(
            "person.Segments[1].TranslationMm > 3.0 || person.Segments[2].TranslationMm > 3.0",
            Residual("person.Segments.Any(s => s.TranslationMm > 3)", person));
        Assert.Equal(
            "person.Segments[1].TranslationMm <= 3.0 && person.Segments[2].TranslationMm <= 3.0",
            Residual("person.Segments.All(s => s.TranslationMm <= 3)", person));
        Assert.Equal("true", Residual("person.Segments.Any(s => s.TranslationMm < 3)", person));
        Assert.Equal(
            "1 + (person.Segments[0].Height > 2 ? 1 : 0) + (person.Segments[1].Height > 2 ? 1 : 0) > 1",
            Residual("person.Segments.Count(s => s.Height > 2) > 1", person));
    }

    [Fact]
    public void A_null_test_reads_a_missing_input_as_absent_unless_the_residual_needs_it_filled_in()
    {
        Assert.Equal("false", Residual("person.Age != null && person.Age > 3", new Person()));
        Assert.Equal("true", Residual("(person.Age ?? 1) < 3", new Person()));

        // Age is compared outside the null test, so it is filled in: the null test reads the filled-in value.
        Assert.Equal("person.Age > 60 && person.Age < 90", Residual("(person.Age == null || person.Age > 60) && person.Age < 90", new Person()));
    }

    [Fact]
    public void A_member_of_a_missing_object_is_a_path_of_its_own()
    {
        Assert.Equal("person.Address.Zip > 1", Residual("person.Address.Zip > 1", new Person()));
        Assert.Equal("person.Address.Zip > 1", Residual("person.Address.Zip > 1", null));
    }

    [Fact]
    public void A_missing_collection_keeps_its_call_as_written_and_cannot_be_enumerated()
    {
        var residual = Residual("person.Segments.Any(s => s.TranslationMm > 3)", new Person(), out _);
        Assert.Equal("person.Segments.Any(s => s.TranslationMm > 3.0)", residual.ToString());
        Assert.False(residual.CanBeEnumerated);
    }

    [Fact]
    public void What_is_missing_whatever_the_inputs_stays_unknown()
    {
        Assert.Equal("unknown", Residual("person.Age > 1 && person.Visits / 0 > 1", new Person { Age = 5 }));
        Assert.Equal(RuleOutcome.Unknown, Residual("person.Visits / 0 > 1", new Person(), out _).Outcome);
    }

    [Fact]
    public void A_residual_past_the_expansion_limits_is_unavailable_with_the_reason_and_nothing_throws()
    {
        var person = new Person { Segments = [.. Enumerable.Range(0, 12_000).Select(_ => new Segment())] };
        var residual = Residual("person.Segments.Any(s => s.TranslationMm > 3)", person, out _);
        Assert.Equal(RuleOutcome.Unknown, residual.Outcome);
        Assert.Contains("expansion limits", residual.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_that_fails_at_run_time_has_no_residual_and_says_why()
    {
        var residual = Residual("person.Visits * 2147483647 > person.Age", new Person { Visits = 3 }, out _);
        Assert.Equal(RuleOutcome.Unknown, residual.Outcome);
        Assert.Contains("OverflowException", residual.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Residuals_read_in_plain_language_with_elements_numbered_from_one()
    {
        var person = new Person { Segments = [new Segment { TranslationMm = 1 }, new Segment()] };
        var residual = Residual("person.Segments.Any(s => s.TranslationMm > 3) && person.Bmi >= minBmi", person, out _);
        Assert.Equal(
            "all of the following [person segments #2 translation mm is greater than 3; person bmi is at least 30.5]",
            residual.ToPlainLanguage().ToString());
    }

    [Fact]
    public void Residuals_are_deterministic()
    {
        var person = new Person { Segments = [new Segment(), new Segment { Name = "b" }], Address = new Address() };
        const string text = "person.Segments.Any(s => s.TranslationMm > 3 || s.Name == person.Address.City) || person.Age in (1, 2, person.Level)";
        Assert.Equal(Residual(text, person), Residual(text, person.Clone()));
    }
}
