namespace SpineTriage.Rules.Tests.Expressions;

public sealed class PlainLanguageRendererTests
{
    private static readonly Dictionary<string, string> Thresholds = new() { ["instabilityTranslationMm"] = "3", ["ageMax"] = "65" };

    [Theory]
    [InlineData("patient.Age > 65", "patient age is greater than 65")]
    [InlineData("imaging.Levels.Any(l => l.TranslationMm > instabilityTranslationMm)", "any of imaging levels has translation mm greater than instability translation mm (3)")]
    [InlineData("patient.Age >= ageMax", "patient age is at least age max (65)")]
    [InlineData("patient.PsychScreen == null", "patient psych screen is not documented")]
    [InlineData("surgery.PriorFusion != null", "surgery prior fusion is documented")]
    [InlineData("l.Stenosis == \"Severe\"", "l stenosis is \"Severe\"")]
    [InlineData("symptoms.RedFlags.Contains(\"Fever\")", "symptoms red flags includes \"Fever\"")]
    [InlineData("patient.DexaTScoreMin <= -2.5", "patient dexa t score min is at most -2.5")]
    [InlineData("!imaging.Levels.Any(l => l.Stenosis == \"Severe\")", "none of imaging levels has stenosis \"Severe\"")]
    [InlineData("imaging.Levels.Count(l => l.HighIntensityZone == true) > 2", "the number of imaging levels that have high intensity zone true is greater than 2")]
    [InlineData("symptoms.LegPainVasMm > symptoms.BackPainVasMm * 0.5", "symptoms leg pain vas mm is greater than symptoms back pain vas mm times 0.5")]
    [InlineData("imaging.Levels.Where(l => l.Stenosis == \"Severe\").Count() >= 2", "the number of imaging levels that have stenosis \"Severe\" is at least 2")]
    [InlineData("imaging.Levels.Any(TranslationMm > instabilityTranslationMm)", "any of imaging levels has translation mm greater than instability translation mm (3)")]
    [InlineData("imaging.Levels.FirstOrDefault(l => l.Grade > 2).Height < 5", "the first of imaging levels that have grade greater than 2 height is less than 5")]
    [InlineData("imaging.Levels.Average(l => l.Height) > 5", "the average height of imaging levels is greater than 5")]
    [InlineData("patient.Name.Equals(\"x\", StringComparison.OrdinalIgnoreCase)", "patient name is \"x\" (ignoring case)")]
    [InlineData("imaging.Levels[0].TranslationMm > 3", "imaging levels #1 translation mm is greater than 3")]
    public void Simple_conditions_read_as_one_sentence(string expression, string expected)
    {
        var rendered = PlainLanguageRenderer.Render(expression, Thresholds);

        Assert.Equal(expected, rendered.Text);
        Assert.Empty(rendered.Parts);
    }

    [Fact]
    public void And_or_and_not_nest_as_indented_bullets()
    {
        var rendered = PlainLanguageRenderer.Render("a.X > 1 && (a.Y < 2 || a.Z == true) && !(a.P || a.Q)");

        Assert.Equal(
            "- all of the following:\n  - a x is greater than 1\n  - any of the following:\n    - a y is less than 2\n    - a z is true\n  - none of the following:\n    - a p\n    - a q\n",
            rendered.ToMarkdownBullets());
    }

    [Fact]
    public void A_collection_test_over_a_compound_body_lists_its_parts()
    {
        var rendered = PlainLanguageRenderer.Render("imaging.Levels.Any(l => l.Grade >= 3 && l.Height != null)");

        Assert.Equal("any of imaging levels meets all of the following", rendered.Text);
        Assert.Equal(["has grade at least 3", "has height documented"], rendered.Parts.Select(p => p.Text));
    }

    [Fact]
    public void An_expression_that_does_not_parse_is_shown_as_written()
    {
        Assert.Equal("patient.Age >", PlainLanguageRenderer.Render("patient.Age >").Text);
    }

    [Theory]
    [InlineData("TranslationMm", "translation mm")]
    [InlineData("hba1cWarningPercent", "hba1c warning percent")]
    [InlineData("CtHounsfieldL1", "ct hounsfield l1")]
    [InlineData("RedFlag_CaudaEquina", "red flag cauda equina")]
    public void Names_are_split_into_lower_case_words(string name, string words)
    {
        Assert.Equal(words, PlainLanguageRenderer.Words(name));
    }
}
