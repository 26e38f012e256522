using SpineTriage.Rules.Expressions;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// Issue 16 item 4: Where, FirstOrDefault/LastOrDefault, Average, the implicit 'it' and string Equals, in every tier
/// (<see cref="ExpressionFixture.Evaluate"/> checks that the walker agrees with the compiled delegate), with missing
/// data Unknown in three-valued mode and False in two-valued mode.
/// </summary>
public sealed class WiderLanguageTests
{
    private static Person Full() => new()
    {
        Age = 70, Name = "Ann Lee",
        Segments =
        [
            new Segment { Name = "L3-L4", TranslationMm = 1.0, Grade = Grade.Mild, Height = 6 },
            new Segment { Name = "L4-L5", TranslationMm = 4.5, Grade = Grade.Severe, Height = 8 },
            new Segment { Name = "L5-S1", TranslationMm = 2.0, Grade = Grade.Severe, Height = 10 },
        ],
        Flags = [Grade.Mild, Grade.Severe], Scores = [3, 5, 9],
    };

    [Theory]
    [InlineData("person.Segments.Where(s => s.Grade == \"Severe\").Count() == 2", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Grade == \"Severe\").Count(s => s.Height > 8) == 1", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Grade == \"Severe\").Any(t => t.TranslationMm > 4)", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Grade == \"Mild\").Any(s => s.TranslationMm > 4)", Truth.False)]
    [InlineData("person.Segments.Where(s => s.Grade == \"Severe\").All(s => s.Height >= 8)", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Height > 7).Where(s => s.Height < 9).Count() == 1", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Grade == \"Severe\").Sum(s => s.Height) == 18", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Grade == \"None\").Sum(s => s.Height) == 0", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Grade == \"Severe\").Any()", Truth.True)]
    internal void Where_filters_the_elements_the_method_after_it_reads(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Theory]
    [InlineData("person.Segments.FirstOrDefault(s => s.Grade == \"Severe\").Name == \"L4-L5\"", Truth.True)]
    [InlineData("person.Segments.LastOrDefault(s => s.Grade == \"Severe\").Name == \"L5-S1\"", Truth.True)]
    [InlineData("person.Segments.FirstOrDefault().Height == 6", Truth.True)]
    [InlineData("person.Segments.LastOrDefault().Height == 10", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Height > 6).FirstOrDefault().Height == 8", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Height > 6).LastOrDefault(s => s.Grade == \"Severe\").Height == 10", Truth.True)]
    [InlineData("person.Scores.FirstOrDefault(it > 3) == 5", Truth.True)]
    [InlineData("person.Scores.LastOrDefault() == 9", Truth.True)]
    [InlineData("person.Flags.LastOrDefault() == \"Severe\"", Truth.True)]
    [InlineData("person.Segments.FirstOrDefault(s => s.Height > 100) == null", Truth.True)]
    internal void FirstOrDefault_and_LastOrDefault_pick_an_element(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Theory]
    [InlineData("person.Segments.FirstOrDefault(s => s.Height > 100).Height > 1")]
    [InlineData("person.Segments.FirstOrDefault(s => s.Height > 100).Height <= 1")]
    [InlineData("person.Scores.FirstOrDefault(it > 100) < 1")]
    public void None_found_is_missing_not_a_default_value(string text)
    {
        Assert.Equal(Truth.Unknown, Evaluate(text, Full()));
        Assert.Equal(Truth.False, Evaluate(text, Full(), TruthMode.TwoValued));
    }

    [Fact]
    public void An_element_whose_condition_is_unknown_before_the_first_match_makes_the_pick_unknown()
    {
        var person = Full();
        person.Segments![0].Height = null;
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.FirstOrDefault(s => s.Height > 7).Name == \"L4-L5\"", person));
        Assert.Equal(Truth.True, Evaluate("person.Segments.FirstOrDefault(s => s.Height > 7).Name == \"L4-L5\"", person, TruthMode.TwoValued));

        // After the last match, an Unknown element decides LastOrDefault; before it, it cannot.
        Assert.Equal(Truth.True, Evaluate("person.Segments.LastOrDefault(s => s.Height > 7).Name == \"L5-S1\"", person));
        person.Segments[2].Height = null;
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.LastOrDefault(s => s.Height > 7).Name == \"L4-L5\"", person));
        Assert.Equal(Truth.True, Evaluate("person.Segments.LastOrDefault(s => s.Height > 7).Name == \"L4-L5\"", person, TruthMode.TwoValued));
    }

    [Fact]
    public void A_missing_collection_or_filter_is_unknown_in_three_valued_mode_and_false_in_two_valued_mode()
    {
        var person = Full();
        person.Segments![1].Grade = Grade.Severe;
        person.Segments[1].TranslationMm = null;
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.Where(s => s.TranslationMm > 3).Count() >= 1", person));
        Assert.Equal(Truth.False, Evaluate("person.Segments.Where(s => s.TranslationMm > 3).Count() >= 1", person, TruthMode.TwoValued));
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.Where(s => s.TranslationMm > 3).Sum(s => s.Height) > 1", person));
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.Where(s => s.TranslationMm > 3).All(s => s.Height > 9)", person));
        Assert.Equal(Truth.True, Evaluate("person.Segments.Where(s => s.TranslationMm > 3).All(s => s.Height > 1)", person));

        var none = new Person();
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.Where(s => s.Height > 1).Any()", none));
        Assert.Equal(Truth.Unknown, Evaluate("person.Segments.FirstOrDefault().Height > 1", none));
        Assert.Equal(Truth.False, Evaluate("person.Segments.FirstOrDefault().Height > 1", none, TruthMode.TwoValued));
    }

    [Theory]
    [InlineData("person.Segments.Average(s => s.TranslationMm) == 2.5", Truth.True)]
    [InlineData("person.Segments.Average(s => s.Height) == 8", Truth.True)]
    [InlineData("person.Scores.Average() > 5.66 && person.Scores.Average() < 5.67", Truth.True)]
    [InlineData("person.Scores.Average(it * 2) == person.Scores.Sum() * 2 / 3.0", Truth.True)]
    [InlineData("person.Segments.Min(s => s.TranslationMm) == 1 && person.Segments.Max(s => s.Height) == 10", Truth.True)]
    internal void Average_min_max_and_sum_take_a_selector(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Fact]
    public void Average_of_nothing_or_of_a_missing_value_is_missing()
    {
        Assert.Equal(Truth.Unknown, Evaluate("person.Scores.Average() > 1", new Person { Scores = [] }));
        Assert.Null(Value("person.Scores.Average()", new Person { Scores = [] }));
        var person = Full();
        person.Segments![2].TranslationMm = null;
        Assert.Null(Value("person.Segments.Average(s => s.TranslationMm)", person));
        Assert.Equal(1.0, Value("person.Scores.Average(it - 3)", new Person { Scores = [3, 5] }));
    }

    [Theory]
    [InlineData("person.Segments.Any(Grade == \"Severe\" && Height > 9)", Truth.True)]
    [InlineData("person.Segments.Count(TranslationMm > 1.5) == 2", Truth.True)]
    [InlineData("person.Segments.FirstOrDefault(Name.StartsWith(\"L4\")).Height == 8", Truth.True)]
    [InlineData("person.Segments.Where(Height > 6).All(it.Grade == \"Severe\")", Truth.True)]
    [InlineData("person.Scores.Any(it == 5)", Truth.True)]
    [InlineData("person.Segments.Any(Height > person.Age)", Truth.False)]
    internal void An_argument_without_a_lambda_reads_the_element_as_it(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Theory]
    [InlineData("person.Name.Equals(\"Ann Lee\")", Truth.True)]
    [InlineData("person.Name.Equals(\"ann lee\")", Truth.False)]
    [InlineData("person.Name.Equals(\"ann lee\", StringComparison.OrdinalIgnoreCase)", Truth.True)]
    [InlineData("person.Name.Equals(\"ann lee\", StringComparison.Ordinal)", Truth.False)]
    [InlineData("string.Equals(person.Name, \"ANN LEE\", StringComparison.OrdinalIgnoreCase)", Truth.True)]
    [InlineData("string.Equals(\"x\", person.Name)", Truth.False)]
    [InlineData("person.Segments.FirstOrDefault(Name.Equals(\"l5-s1\", StringComparison.OrdinalIgnoreCase)).Height == 10", Truth.True)]
    internal void Strings_compare_with_Equals_ordinally_or_ignoring_case(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Fact]
    public void Equals_on_a_missing_text_is_unknown()
    {
        Assert.Equal(Truth.Unknown, Evaluate("person.Name.Equals(\"x\", StringComparison.OrdinalIgnoreCase)", new Person()));
        Assert.Equal(Truth.False, Evaluate("person.Name.Equals(\"x\")", new Person(), TruthMode.TwoValued));
    }

    [Fact]
    public void Misuses_get_a_located_error_with_a_suggestion()
    {
        var where = BindError("person.Segments.Where(s => s.Height > 1) == null");
        Assert.Equal("SPR310", where.Code);
        Assert.Contains("'Where' must be followed by one of Any, All, Count, Sum, FirstOrDefault, LastOrDefault", where.Message);
        Assert.Equal(0, where.Offset);

        var member = BindError("person.Segments.Any(Heigth > 1)");
        Assert.Equal("SPR300", member.Code);
        Assert.Equal("Unknown name 'Heigth'. Did you mean 'Height'?", member.Message);
        Assert.Equal("person.Segments.Any(".Length, member.Offset);

        var comparison = BindError("person.Name.Equals(\"a\", StringComparison.CurrentCulture)");
        Assert.Contains("write StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase", comparison.Message);
        Assert.Equal("person.Name.Equals(\"a\", ".Length, comparison.Offset);
    }

    [Fact]
    public void A_pick_residual_names_the_picked_element_and_a_chain_over_values()
    {
        var person = Full();
        person.Segments![2].TranslationMm = null;
        Assert.Equal("person.Segments[2].TranslationMm > 1.0", ResidualTests.Residual("person.Segments.LastOrDefault().TranslationMm > 1", person, out _).ToString());

        var objects = new Person { Segments = [new Segment { Height = 3 }, new Segment(), new Segment { Height = 9 }] };
        var unavailable = ResidualTests.Residual("person.Segments.FirstOrDefault(s => s.Height > 4).Height > 5", objects, out _);
        Assert.Contains("picks depends on missing inputs", unavailable.UnavailableReason);

        var values = ResidualTests.Residual("person.Scores.FirstOrDefault(it > person.Age) > 4", new Person { Scores = [3, 5] }, out _);
        Assert.Equal("(3 > person.Age ? 3 : 5 > person.Age ? 5 : null) > 4", values.ToString());
    }

    [Theory]
    [InlineData("person.Scores[0] == 3 && person.Scores[2] == 9", Truth.True)]
    [InlineData("person.Segments[1].Name == \"L4-L5\"", Truth.True)]
    [InlineData("person.Segments[person.Scores[0] - 1].Height == 10", Truth.True)]
    [InlineData("person.Flags[1] == \"Severe\"", Truth.True)]
    [InlineData("person.Segments.Any(s => s.Height > person.Scores[1])", Truth.True)]
    [InlineData("person.Scores[3] > 0", Truth.Unknown)]
    [InlineData("person.Scores[-1] > 0", Truth.Unknown)]
    [InlineData("person.Segments[5].Height > 0", Truth.Unknown)]
    [InlineData("person.Scores[person.Age] > 0", Truth.Unknown)]
    internal void An_index_reads_an_element_and_out_of_bounds_is_missing(string text, Truth expected)
    {
        Assert.Equal(expected, Evaluate(text, Full()));
        Assert.Equal(expected == Truth.Unknown ? Truth.False : expected, Evaluate(text, Full(), TruthMode.TwoValued));
    }

    [Fact]
    public void An_index_on_a_missing_list_or_with_a_missing_index_is_missing_and_names_the_element()
    {
        Assert.Equal(Truth.Unknown, Evaluate("person.Scores[0] > 1", new Person()));
        Assert.Equal(Truth.Unknown, Evaluate("person.Scores[person.Address.Zip] > 1", Full()));
        var person = Full();
        person.Segments![1].Height = null;
        Assert.Equal(["person.Segments[1].Height"], ExpressionExplainer.MissingInputs(MustBind("person.Segments[1].Height > 1"), [person, null, null]));
        Assert.Equal("person.Segments[1].Height > 1", ResidualTests.Residual("person.Segments[1].Height > 1", person, out _).ToString());
        Assert.Equal("person.Segments[0].Height > 1", ResidualTests.Residual("person.Segments[0].Height > 1", new Person(), out _).ToString());
        Assert.Equal(["person.Segments"], ResidualTests.Residual("person.Segments[0].Height > 1", new Person(), out _).MissingInputs);
    }

    [Theory]
    [InlineData("person.Name[0] == \"A\"", "SPR304")]
    [InlineData("person.Scores[\"0\"] > 1", "SPR304")]
    [InlineData("person.Scores[1.5] > 1", "SPR304")]
    [InlineData("person.Tags[0] == \"a\"", "SPR304")]
    [InlineData("person.Scores[0 > 1", "SPR205")]
    public void A_misused_index_is_a_located_error(string text, string code) => Assert.Equal(code, BindError(text).Code);

    [Theory]
    [InlineData("person.Segments.First().Height == 6", Truth.True)]
    [InlineData("person.Segments.Last(s => s.Grade == \"Mild\").Name == \"L3-L4\"", Truth.True)]
    [InlineData("person.Segments.Where(s => s.Height > 6).First().Height == 8", Truth.True)]
    [InlineData("person.Scores.last() == 9", Truth.True)]
    [InlineData("person.Segments.First(s => s.Height > 100).Height > 1", Truth.Unknown)]
    [InlineData("person.Scores.Last(it > 100) < 1", Truth.Unknown)]
    internal void First_and_Last_pick_as_FirstOrDefault_and_LastOrDefault_and_none_found_is_missing(string text, Truth expected)
    {
        Assert.Equal(expected, Evaluate(text, Full()));
        Assert.Equal(expected == Truth.True, Evaluate(text, Full(), TruthMode.TwoValued) == Truth.True);
    }

    [Fact]
    public void First_and_Last_read_in_plain_language_and_name_the_element_in_missing_inputs()
    {
        var person = Full();
        person.Segments![0].Height = null;

        Assert.Equal(["person.Segments[0].Height"], ExpressionExplainer.MissingInputs(MustBind("person.Segments.First().Height > 1"), [person, null, null]));
        var first = PlainLanguageRenderer.Render("person.Segments.First(s => s.Height > 6).Grade == \"Mild\"").Text;
        Assert.StartsWith("the first of person segments that", first, StringComparison.Ordinal);
        Assert.Equal(PlainLanguageRenderer.Render("person.Segments.FirstOrDefault(s => s.Height > 6).Grade == \"Mild\"").Text, first);
        Assert.StartsWith("the last of person scores", PlainLanguageRenderer.Render("person.Scores.Last() > 1").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("np(person.Address.City) == \"Pune\"", Truth.True)]
    [InlineData("np(person.Address.Zip, 0) > 400000", Truth.True)]
    [InlineData("np(person.Address.City, \"none\") == \"Pune\"", Truth.True)]
    internal void Np_reads_a_path_and_an_optional_fallback(string text, Truth expected)
    {
        var person = Full();
        person.Address = new Address { City = "Pune", Zip = 411001 };

        Assert.Equal(expected, Evaluate(text, person));
    }

    [Fact]
    public void Np_through_a_missing_object_is_missing_or_its_fallback()
    {
        var person = Full();

        Assert.Equal(Truth.Unknown, Evaluate("np(person.Address.City) == \"Pune\"", person));
        Assert.Equal(Truth.False, Evaluate("np(person.Address.City) == \"Pune\"", person, TruthMode.TwoValued));
        Assert.Equal(Truth.True, Evaluate("np(person.Address.Zip, 0) == 0", person));
        Assert.Equal(["person.Address"], ExpressionExplainer.MissingInputs(MustBind("np(person.Address.City) == \"Pune\""), [person, null, null]));
        Assert.Equal("person address zip (or, when not documented, 0) is greater than 3", PlainLanguageRenderer.Render("np(person.Address.Zip, 0) > 3").Text);
        Assert.Equal("SPR305", BindError("np(person.Address.City, 1, 2) == \"a\"").Code);
    }
}
