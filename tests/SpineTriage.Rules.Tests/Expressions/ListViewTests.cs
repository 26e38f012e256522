using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// Issue 16 item 4: OrderBy, OrderByDescending, Take and Skip (and Where before them) in every tier
/// (<see cref="ExpressionFixture.Evaluate"/> checks the walker against the compiled delegate): a stable, deterministic
/// order; a missing key, an Unknown condition or a missing count makes the list missing, never a silent wrong order.
/// </summary>
public sealed class ListViewTests
{
    private static Person Full() => new()
    {
        Age = 2,
        Segments =
        [
            new Segment { Name = "b", TranslationMm = 1.0, Grade = Grade.Mild, Height = 6 },
            new Segment { Name = "a", TranslationMm = 4.5, Grade = Grade.Severe, Height = 8 },
            new Segment { Name = "C", TranslationMm = 2.0, Grade = Grade.Severe, Height = 10 },
            new Segment { Name = "d", TranslationMm = 4.5, Grade = Grade.Mild, Height = 1 },
        ],
        Scores = [3, 9, 5],
    };

    [Theory]
    [InlineData("person.Segments.OrderBy(s => s.Height).FirstOrDefault().Name == \"d\"")]
    [InlineData("person.Segments.OrderByDescending(s => s.Height).FirstOrDefault().Name == \"C\"")]
    [InlineData("person.Segments.OrderByDescending(s => s.Height).Take(2).Sum(s => s.Height) == 18")]
    [InlineData("person.Segments.Where(s => s.Grade == \"Severe\").OrderByDescending(s => s.TranslationMm).Take(1).Sum(s => s.Height) == 8")]
    [InlineData("person.Segments.Where(s => s.Height > 1).OrderBy(s => s.Height).Skip(1).FirstOrDefault().Name == \"a\"")]
    [InlineData("person.Segments.OrderBy(s => s.Height).Where(s => s.Grade == \"Mild\").LastOrDefault().Name == \"b\"")]
    [InlineData("person.Segments.OrderBy(s => s.Name).FirstOrDefault().Name == \"C\"")]
    [InlineData("person.Segments.OrderBy(Grade).LastOrDefault().Name == \"C\"")]
    [InlineData("person.Scores.OrderBy(it).Take(2).Sum() == 8")]
    [InlineData("person.Scores.OrderByDescending(it).Skip(1).Take(1).Sum() == 5")]
    [InlineData("person.Scores.OrderBy(x => x)[2] == 9")]
    [InlineData("person.Scores.Take(person.Age).Count() == 2 && person.Scores.Skip(person.Age).Count() == 1")]
    [InlineData("person.Scores.Take(-1).Count() == 0 && person.Scores.Skip(-1).Count() == 3 && person.Scores.Take(10).Count() == 3")]
    [InlineData("person.Segments.OrderByDescending(s => s.TranslationMm).Take(2).All(s => s.Name == \"a\" || s.Name == \"d\")")]
    [InlineData("person.Segments.Take(3).Where(s => s.Grade == \"Severe\").Count() == 2")]
    [InlineData("person.Segments.OrderBy(s => s.Height).Take(3).Any(s => s.Name == \"a\")")]
    public void Views_order_and_slice_the_list_the_method_after_them_reads(string text) => Assert.Equal(Truth.True, Evaluate(text, Full()));

    [Fact]
    public void Equal_keys_keep_their_order_both_ways()
    {
        // a and d both have 4.5: a comes first in the list, so first in both orders (a stable sort, as LINQ's).
        Assert.Equal(Truth.True, Evaluate("person.Segments.OrderByDescending(s => s.TranslationMm).FirstOrDefault().Name == \"a\"", Full()));
        Assert.Equal(Truth.True, Evaluate("person.Segments.OrderBy(s => s.TranslationMm).Skip(2).FirstOrDefault().Name == \"a\"", Full()));
        var walked = Enumerable.Range(0, 20).Select(_ => Evaluate("person.Segments.OrderBy(s => s.TranslationMm).LastOrDefault().Name == \"d\"", Full())).Distinct();
        Assert.Equal([Truth.True], walked);
    }

    [Theory]
    [InlineData("person.Segments.OrderBy(s => s.Height).Take(1).Sum(s => s.Height) > 0")]
    [InlineData("person.Segments.OrderByDescending(s => s.Height).FirstOrDefault().Name == \"C\"")]
    [InlineData("person.Segments.Where(s => s.Height > 5).Take(5).Count() > 0")]
    [InlineData("person.Segments.Take(person.Visits2).Count() > 0")]
    public void A_missing_key_condition_or_count_makes_the_view_missing(string text)
    {
        var person = Full();
        person.Segments![3].Height = null;
        var result = Evaluate(text.Replace("person.Visits2", "person.Address.Zip", StringComparison.Ordinal), person);
        Assert.Equal(Truth.Unknown, result);
    }

    [Fact]
    public void Missing_data_is_false_in_two_valued_mode_and_a_missing_list_is_unknown()
    {
        var person = Full();
        person.Segments![0].Height = null;
        Assert.Equal(Truth.False, Evaluate("person.Segments.OrderBy(s => s.Height).Take(1).Sum(s => s.Height) > 0", person, TruthMode.TwoValued));
        Assert.Equal(Truth.True, Evaluate("person.Segments.Where(s => s.Height > 5).Take(5).Count() == 2", person, TruthMode.TwoValued));
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.OrderBy(s => s.Height).Take(1).Count() > 0", new Person()));
        Assert.Equal(Truth.Unknown, Evaluate("person.Scores.Skip(1).Count() > 0", new Person()));
    }

    [Fact]
    public void The_missing_inputs_name_the_element_by_its_path_in_the_list()
    {
        var person = Full();
        person.Segments![2].Height = null;
        Assert.Equal(["person.Segments[2].Height"], ExpressionExplainer.MissingInputs(MustBind("person.Segments.OrderBy(s => s.Height).Take(2).Count() > 0"), [person, null, null]));

        person = Full();
        person.Segments![1].TranslationMm = null;
        var bound = MustBind("person.Segments.OrderBy(s => s.Height).Skip(1).Take(2).Sum(s => s.TranslationMm) > 1");
        Assert.Equal(["person.Segments[1].TranslationMm"], ExpressionExplainer.MissingInputs(bound, [person, null, null]));
    }

    [Fact]
    public void A_residual_names_elements_by_their_path_or_is_unavailable_when_the_view_depends_on_missing_inputs()
    {
        var person = Full();
        person.Segments![1].TranslationMm = null;
        Assert.Equal("person.Segments[1].TranslationMm > 3.0",
            ResidualTests.Residual("person.Segments.OrderByDescending(s => s.Height).Skip(1).FirstOrDefault().TranslationMm > 3", person, out _).ToString());

        person.Segments[3].Height = null;
        var unavailable = ResidualTests.Residual("person.Segments.OrderBy(s => s.Height).Take(1).Sum(s => s.Height) > 0", person, out _);
        Assert.Contains("keeps, or their order, depends on missing inputs", unavailable.UnavailableReason);
        Assert.Contains("keeps, or their order, depends on missing inputs",
            ResidualTests.Residual("person.Scores.Take(person.Age).Count() > 0", new Person { Scores = [1] }, out _).UnavailableReason);
    }

    [Theory]
    [InlineData("person.Segments.OrderBy(s => s).Take(1).Count() > 0", "SPR305", "person.Segments.OrderBy(")]
    [InlineData("person.Segments.Take(s => s.Height).Count() > 0", "SPR310", "person.Segments.Take(")]
    [InlineData("person.Segments.Take(1.5).Count() > 0", "SPR305", "person.Segments.Take(")]
    [InlineData("person.Segments.OrderBy().Count() > 0", "SPR305", "")]
    [InlineData("person.Name.OrderBy(c => c).Count() > 0", "SPR302", "")]
    [InlineData("person.Segments.OrdreBy(s => s.Height).Count() > 0", "SPR302", "")]
    public void Misuses_are_located_errors(string text, string code, string before)
    {
        var error = BindError(text);
        Assert.Equal(code, error.Code);
        Assert.Equal(before.Length, error.Offset);
    }

    [Fact]
    public void A_misspelt_view_method_gets_a_did_you_mean() =>
        Assert.Contains("OrderBy", BindError("person.Segments.OrdreBy(s => s.Height).Count() > 0").Message);

    [Fact]
    public void Views_read_in_plain_language()
    {
        Assert.Equal("the total price of the first 2 of input items that have qty greater than 0 ordered by price, largest first is greater than 10",
            PlainLanguageRenderer.Render("input.Items.Where(x => x.Qty > 0).OrderByDescending(x => x.Price).Take(2).Sum(x => x.Price) > 10").Text);
    }

    [Fact]
    public void Chained_views_count_against_the_expression_limits()
    {
        var chain = "person.Scores" + string.Concat(Enumerable.Repeat(".Skip(0)", 150)) + ".Count() > 0";
        Assert.StartsWith("SPR5", BindError(chain).Code, StringComparison.Ordinal);

        var twelve = "person.Scores" + string.Concat(Enumerable.Repeat(".OrderBy(it)", 12)) + ".Count() > 0";
        Assert.Equal(Truth.True, Evaluate(twelve, Full()));
        Assert.True(ExpansionMeasure.SizeOf(MustBind(twelve)) > 24, "each view and its key count as nodes of the expanded tree");
    }
}
