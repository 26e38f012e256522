using SpineTriage.Rules.Expressions;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// Substring, IndexOf, Replace and ToString(), in every tier (<see cref="ExpressionFixture.Evaluate"/> checks the walker
/// against the compiled delegate): ordinal and invariant, a result .NET would throw for is missing, never an exception.
/// </summary>
public sealed class TextFunctionTests
{
    private static Person Ann() => new() { Name = "Ann Lee", Age = 70, Bmi = 27.5, Smoker = false, Stenosis = Grade.Severe, Level = 4 };

    [Theory]
    [InlineData("person.Name.Substring(4) == \"Lee\"", Truth.True)]
    [InlineData("person.Name.Substring(0, 3) == \"Ann\"", Truth.True)]
    [InlineData("person.Name.Substring(7) == \"\"", Truth.True)]
    [InlineData("person.Name.substring(person.Level.Value) == \"Lee\"", Truth.True)]
    [InlineData("person.Name.IndexOf(\"Lee\") == 4", Truth.True)]
    [InlineData("person.Name.IndexOf(\"lee\") == -1", Truth.True)]
    [InlineData("person.Name.Replace(\" \", \"-\") == \"Ann-Lee\"", Truth.True)]
    [InlineData("person.Name.Replace(\"n\", \"\") == \"A Lee\"", Truth.True)]
    [InlineData("person.Age.ToString() == \"70\"", Truth.True)]
    [InlineData("person.Bmi.ToString() == \"27.5\"", Truth.True)]
    [InlineData("person.Smoker.ToString() == \"False\"", Truth.True)]
    [InlineData("person.Stenosis.ToString() == \"Severe\"", Truth.True)]
    [InlineData("person.Name.ToString().Substring(0, 1).ToUpper() == \"A\"", Truth.True)]
    [InlineData("person.Name.Substring(0, person.Name.IndexOf(\" \")) == \"Ann\"", Truth.True)]
    internal void Text_functions_compute_as_dotnet_does_ordinally_and_invariantly(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Ann()));

    [Theory]
    [InlineData("person.Name.Substring(8) == \"\"")]
    [InlineData("person.Name.Substring(-1) == \"\"")]
    [InlineData("person.Name.Substring(5, 3) == \"ee\"")]
    [InlineData("person.Name.Substring(0, -1) == \"\"")]
    [InlineData("person.Name.Replace(\"\", \"x\") == \"Ann Lee\"")]
    public void A_result_dotnet_would_throw_for_is_missing(string text)
    {
        Assert.Equal(Truth.Unknown, Evaluate(text, Ann()));
        Assert.Equal(Truth.False, Evaluate(text, Ann(), TruthMode.TwoValued));
    }

    [Fact]
    public void A_missing_operand_is_missing_and_named()
    {
        var person = new Person { Level = 2 };

        Assert.Equal(Truth.Unknown, Evaluate("person.Name.Substring(person.Level.Value) == \"a\"", person));
        Assert.Equal(["person.Name"], ExpressionExplainer.MissingInputs(MustBind("person.Name.Substring(person.Level.Value) == \"a\""), [person, null, null]));
        Assert.Equal(["person.Age"], ExpressionExplainer.MissingInputs(MustBind("person.Age.ToString() == \"1\""), [person, null, null]));
        Assert.Equal("person.Name.Replace(\"a\", \"b\") == \"c\"", ResidualTests.Residual("person.Name.Replace(\"a\", \"b\") == \"c\"", person, out _).ToString());
    }

    [Fact]
    public void Replace_past_the_text_limit_is_an_error_not_a_huge_allocation()
    {
        var person = new Person { Name = new string('a', 1_000) };

        Assert.Throws<InvalidOperationException>(() => TextFunctions.Replace(person.Name, "a", new string('b', 200), 100_000));
        Assert.Equal(new string('b', 2_000), TextFunctions.Replace(person.Name, "a", "bb", 100_000));
    }

    [Theory]
    [InlineData("person.Name.Substring(\"1\") == \"a\"", "SPR305")]
    [InlineData("person.Name.Substring(1, 2, 3) == \"a\"", "SPR305")]
    [InlineData("person.Name.IndexOf(1) == 1", "SPR305")]
    [InlineData("person.Name.Replace(\"a\") == \"a\"", "SPR305")]
    [InlineData("person.Address.ToString() == \"a\"", "SPR309")]
    [InlineData("person.Segments.ToString() == \"a\"", "SPR309")]
    [InlineData("person.Name.PadLeft(3) == \"a\"", "SPR302")]
    public void Misuses_are_located_errors(string text, string code) => Assert.Equal(code, BindError(text).Code);

    [Fact]
    public void Text_functions_read_in_plain_language()
    {
        Assert.Equal("3 characters of person name from character 0 (from 0) is \"Ann\"", PlainLanguageRenderer.Render("person.Name.Substring(0, 3) == \"Ann\"").Text);
        Assert.Contains("the position of \"Lee\" in person name", PlainLanguageRenderer.Render("person.Name.IndexOf(\"Lee\") > 0").Text, StringComparison.Ordinal);
        Assert.Equal(PlainLanguageRenderer.Render("person.Age > 3").Text, PlainLanguageRenderer.Render("Convert.ToDouble(person.Age) > 3").Text);
    }

    [Theory]
    [InlineData("Convert.ToDouble(person.Age) / 4 == 17.5", Truth.True)]
    [InlineData("Convert.ToDouble(person.Bmi) == 27.5", Truth.True)]
    [InlineData("Convert.ToDouble(\"2.5\") == 2.5", Truth.True)]
    [InlineData("Convert.ToInt32(\"70\") == person.Age", Truth.True)]
    [InlineData("Convert.ToInt64(person.Age) == 70", Truth.True)]
    [InlineData("Convert.ToDecimal(person.Age) == 70m", Truth.True)]
    [InlineData("Convert.ToString(person.Bmi) == \"27.5\"", Truth.True)]
    [InlineData("Convert.ToDouble(person.Name) > 1", Truth.Unknown)]
    internal void Convert_widens_numbers_and_reads_texts_invariantly(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Ann()));

    [Theory]
    [InlineData("Convert.ToInt32(person.Bmi) > 1", "SPR305")]
    [InlineData("Convert.ToDecimal(person.Bmi) > 1", "SPR305")]
    [InlineData("Convert.ToBoolean(person.Smoker)", "SPR302")]
    [InlineData("Convert.ToDouble(person.Age, 2) > 1", "SPR305")]
    [InlineData("Convert.ToString(person.Address) == \"\"", "SPR309")]
    [InlineData("Convert.ToString(person.Stenosis) == \"Severe\"", "SPR305")]
    public void Narrowing_or_unknown_conversions_are_located_errors(string text, string code) => Assert.Equal(code, BindError(text).Code);
}
