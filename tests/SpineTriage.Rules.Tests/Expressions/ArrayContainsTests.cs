using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Syntax;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// <c>new [] { a, b }.Contains(x)</c>, the way RulesEngine users write a list of allowed values: read as
/// <c>x in (a, b)</c> in every tier, printed back as written, and refused, located, in any other use.
/// </summary>
public sealed class ArrayContainsTests
{
    [Theory]
    [InlineData("new [] {\"Ann Lee\", \"Bo\"}.Contains(person.Name)", Truth.True)]
    [InlineData("new[]{\"Bo\"}.Contains(person.Name)", Truth.False)]
    [InlineData("NEW [] { 60, 70, 80 }.Contains(person.Age) && person.Age > 65", Truth.True)]
    [InlineData("new [] { \"Mild\", \"Severe\" }.Contains(person.Stenosis)", Truth.True)]
    [InlineData("!new [] { 1, 2 }.Contains(person.Age)", Truth.True)]
    internal void An_array_literal_before_Contains_reads_as_in(string text, Truth expected)
    {
        var person = new Person { Name = "Ann Lee", Age = 70, Stenosis = Grade.Severe };

        Assert.Equal(expected, Evaluate(text, person));
    }

    [Fact]
    public void A_missing_value_is_unknown_and_named_and_the_array_prints_as_written()
    {
        var text = "new [] { 60, 70 }.Contains(person.Age)";

        Assert.Equal(Truth.Unknown, Evaluate(text, new Person()));
        Assert.Equal(Truth.False, Evaluate(text, new Person(), TruthMode.TwoValued));
        Assert.Equal(["person.Age"], ExpressionExplainer.MissingInputs(MustBind(text), [new Person(), null, null]));
        var tree = ExpressionParser.Parse(text, ExpressionLimits.Default, out _)!;
        Assert.Equal("new [] { 60, 70 }.Contains(person.Age)", ExpressionPrinter.Print(tree));
        Assert.Equal(PlainLanguageRenderer.Render("person.Age in (60, 70)").Text, PlainLanguageRenderer.Render(text).Text);
    }

    [Theory]
    [InlineData("new [] { 1, 2 }.Any(x => x > 1)", "may only be followed by .Contains(value)", 15)]
    [InlineData("new [] { 1, 2 }.Length > 1", "may only be followed by .Contains(value)", 15)]
    [InlineData("new [] { 1, 2 } == null", "may only be followed by .Contains(value)", 16)]
    [InlineData("new [] { }.Contains(person.Age)", "is empty", 0)]
    [InlineData("new [] { 1, 2 .Contains(person.Age)", "'}' closing the array's values", 35)]
    [InlineData("new [2] { 1, 2 }.Contains(person.Age)", "']' after 'new ['", 5)]
    [InlineData("person.Age > { 1 }", "Unexpected character '{'", 13)]
    public void Other_uses_of_an_array_or_a_brace_are_located_errors(string text, string message, int offset)
    {
        var error = BindError(text);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(offset, error.Offset);
    }
}
