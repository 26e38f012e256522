using SpineTriage.Rules.Expressions;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// Issue 16 item 4: int.Parse and double.Parse in every tier (<see cref="ExpressionFixture.Evaluate"/> checks the walker
/// against the compiled delegate), invariant culture; a text that is not a number is missing (Unknown, with its path),
/// never an exception; TryParse's out variable is refused at load with the Parse form to write instead.
/// </summary>
public sealed class NumberParsingTests
{
    [Theory]
    [InlineData("int.Parse(person.Name) == 42", "42", Truth.True)]
    [InlineData("int.Parse(person.Name) == -7", " -7 ", Truth.True)]
    [InlineData("int.Parse(person.Name) > 1", "4.5", Truth.Unknown)]
    [InlineData("int.Parse(person.Name) > 1", "abc", Truth.Unknown)]
    [InlineData("int.Parse(person.Name) > 1", "", Truth.Unknown)]
    [InlineData("int.Parse(person.Name) > 1", "99999999999", Truth.Unknown)]
    [InlineData("int.Parse(person.Name) > 1", null, Truth.Unknown)]
    [InlineData("double.Parse(person.Name) == 1.5", "1.5", Truth.True)]
    [InlineData("double.Parse(person.Name) == 1000", "1e3", Truth.True)]
    [InlineData("double.Parse(person.Name) > 1", "1,5", Truth.Unknown)]
    [InlineData("double.Parse(person.Name) > 1", "NaN", Truth.Unknown)]
    [InlineData("double.Parse(person.Name) > 1", "Infinity", Truth.Unknown)]
    [InlineData("Int32.Parse(person.Name) + 1 == 3", "2", Truth.True)]
    [InlineData("person.Segments.Any(s => int.Parse(s.Name) > 5)", "9", Truth.True)]
    internal void Parse_reads_a_number_or_is_missing(string text, string? name, Truth expected)
    {
        var person = new Person { Name = name, Segments = [new Segment { Name = name }] };
        Assert.Equal(expected, Evaluate(text, person));
        Assert.Equal(expected == Truth.Unknown ? Truth.False : expected, Evaluate(text, person, TruthMode.TwoValued));
    }

    [Fact]
    public void A_text_that_is_not_a_number_is_named_in_the_missing_inputs()
    {
        var bound = MustBind("int.Parse(person.Name) > 1 && person.Segments.Any(s => double.Parse(s.Name) > 2)");
        var person = new Person { Name = "x", Segments = [new Segment { Name = "1" }, new Segment { Name = "y" }] };
        Assert.Equal(["person.Name", "person.Segments[1].Name"], ExpressionExplainer.MissingInputs(bound, [person, null, null]));
        person.Name = "5";
        Assert.Equal(["person.Segments[1].Name"], ExpressionExplainer.MissingInputs(bound, [person, null, null]));
        person.Segments[1].Name = "1";
        Assert.Empty(ExpressionExplainer.MissingInputs(bound, [person, null, null]));

        // A text reshaped by Trim is still named by its input path; a constant that is not a number names no input.
        Assert.Equal(["person.Name"], ExpressionExplainer.MissingInputs(MustBind("int.Parse(person.Name.Trim()) > 1"), [new Person { Name = "x" }, null, null]));
        Assert.Empty(ExpressionExplainer.MissingInputs(MustBind("int.Parse(\"x\".Trim()) > 1"), [new Person(), null, null]));
    }

    [Fact]
    public void A_residual_keeps_a_parse_of_a_missing_text_and_a_text_that_is_not_a_number_stays_missing()
    {
        Assert.Equal("int.Parse(person.Name) > 3", ResidualTests.Residual("int.Parse(person.Name) > 3", new Person(), out _).ToString());
        var unparsed = ResidualTests.Residual("int.Parse(person.Name) > 3 || person.Age > 1", new Person { Name = "x" }, out _);
        Assert.Equal("null || person.Age > 1", unparsed.ToString()); // Unknown || x: True only if x is
    }

    [Fact]
    public void Parse_reads_in_plain_language()
    {
        Assert.Equal("patient code read as a whole number is greater than 3", PlainLanguageRenderer.Render("int.Parse(patient.Code) > 3").Text);
        Assert.Equal("patient code read as a number is less than 1.5", PlainLanguageRenderer.Render("double.Parse(patient.Code) < 1.5").Text);
    }

    [Fact]
    public void TryParse_is_refused_at_load_with_the_Parse_form_to_write()
    {
        var outVariable = BindError("int.TryParse(person.Name, out var n) && n > 3");
        Assert.Equal("int.TryParse(person.Name, ".Length, outVariable.Offset);
        Assert.Contains("did you mean int.Parse(text)", outVariable.Message);

        var withoutOut = BindError("double.TryParse(person.Name)");
        Assert.Equal(ExpressionDiagnosticCodes.MethodNotAllowed, withoutOut.Code);
        Assert.Contains("Did you mean double.Parse(text)?", withoutOut.Message);

        Assert.Contains("Parse", BindError("int.Prase(person.Name) > 1").Message);
        Assert.Equal(ExpressionDiagnosticCodes.BadArguments, BindError("int.Parse(person.Age) > 1").Code);
    }
}
