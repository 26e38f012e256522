using SpineTriage.Rules.Expressions;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// <c>list.Select(x => f).Method(…)</c>, read as <c>list.Method(x => …f…)</c> (no list is built), in every tier: the
/// methods that read the projected values, with missing values missing where the method reads them.
/// </summary>
public sealed class SelectTests
{
    private static Person Full() => new()
    {
        Segments =
        [
            new Segment { Name = "L3-L4", TranslationMm = 1.0, Grade = Grade.Mild, Height = 6 },
            new Segment { Name = "L4-L5", TranslationMm = 4.5, Grade = Grade.Severe, Height = 8 },
            new Segment { Name = "L5-S1", TranslationMm = 2.0, Grade = Grade.Severe, Height = 10 },
        ],
        Scores = [3, 5, 9],
    };

    [Theory]
    [InlineData("person.Segments.Select(s => s.Height).Sum() == 24", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height).Max() == 10", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height).Min() == 6", Truth.True)]
    [InlineData("person.Segments.Select(s => s.TranslationMm).Average() == 2.5", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height * 2).Any(h => h > 19)", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height).All(h => h >= 6)", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height).Count(h => h > 7) == 2", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height).Count() == 3", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height).Any()", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Name).Contains(\"L4-L5\")", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Grade).Contains(\"Severe\")", Truth.True)]
    [InlineData("person.Segments.Select(s => s.Height).Any(s => s > 9)", Truth.True)]
    [InlineData("person.Scores.Select(x => x * 2).Sum(it) == 34", Truth.True)]
    internal void Select_then_a_method_reads_the_projected_values(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Fact]
    public void A_missing_projected_value_is_missing_where_the_method_reads_it()
    {
        var person = Full();
        person.Segments![0].Height = null;

        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.Select(s => s.Height).Sum() > 1", person));
        Assert.Equal(Truth.True, Evaluate("person.Segments.Select(s => s.Height).Any(h => h > 9)", person));
        Assert.Equal(["person.Segments[0].Height"], ExpressionExplainer.MissingInputs(MustBind("person.Segments.Select(s => s.Height).Sum() > 1"), [person, null, null]));
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.Select(s => s.Height).Sum() > 1", new Person()));
    }

    [Theory]
    [InlineData("person.Segments.Select(s => s.Height).First() > 1", "SPR302")]
    [InlineData("person.Segments.Select(s => s.Height).OrderBy(h => h).Sum() > 1", "SPR310")]
    [InlineData("person.Segments.Select(s => s.Height).Sum(h => h * s.Height) == 0", "SPR300")]
    [InlineData("person.Segments.Select(s => s).Count() > 1", "SPR305")]
    [InlineData("person.Segments.Select(1).Sum() > 1", "SPR305")]
    [InlineData("person.Name.Select(c => c).Count() > 1", "SPR302")]
    public void Other_uses_are_located_errors(string text, string code) => Assert.Equal(code, BindError(text).Code);

    [Fact]
    public void Select_reads_in_plain_language()
    {
        Assert.Equal(
            "the total of height of each of person segments is greater than 20",
            PlainLanguageRenderer.Render("person.Segments.Select(s => s.Height).Sum() > 20").Text);
    }
}
