using SpineTriage.Rules.Expressions;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class ExpressionExplainerTests
{
    private static IReadOnlyList<string> Missing(string text, Person? person) => ExpressionExplainer.MissingInputs(MustBind(text), [person, null, null]);

    [Fact]
    public void Missing_inputs_name_members_null_objects_and_collection_elements_in_reading_order()
    {
        var person = new Person { Segments = [new Segment { TranslationMm = 1 }, new Segment()] };
        var missing = Missing("person.Age > 1 or person.Address.City == \"x\" or person.Segments.Any(s => s.TranslationMm > 3) or person.Age < 0", person);
        Assert.Equal(["person.Age", "person.Address", "person.Segments[1].TranslationMm"], missing);
    }

    [Fact]
    public void A_whole_missing_input_is_named_by_the_input() => Assert.Equal(["person"], Missing("person.Address.Zip > 1", null));

    [Fact]
    public void Missing_data_that_did_not_decide_the_result_is_not_listed()
    {
        Assert.Empty(Missing("person.Age > 1 and false", new Person()));
        Assert.Empty(Missing("person.Age == null", new Person()));
        Assert.Empty(Missing("(person.Age ?? 3) > 1", new Person()));
    }

    [Fact]
    public void Missing_inputs_inside_params_are_the_input_paths()
    {
        var environment = ExpressionFixture.Environment.WithParameter("bmi", MustBind("person.Bmi"));
        var bound = MustBind("bmi > 30", environment);
        Assert.Equal(["person.Bmi"], ExpressionExplainer.MissingInputs(bound, [new Person(), null, null]));
    }

    [Fact]
    public void Explanation_shows_every_operand_with_its_truth_or_value()
    {
        var person = new Person { Age = 70, Bmi = 28.25 };
        var explanation = ExpressionExplainer.Explain(MustBind("person.Age > threshold and person.Bmi >= minBmi"), [person, null, null], TruthMode.ThreeValued);

        Assert.Equal(RuleOutcome.NotMet, explanation.Outcome);
        Assert.Equal("person.Age > threshold and person.Bmi >= minBmi", explanation.Text);
        var age = explanation.Operands[0];
        Assert.Equal((RuleOutcome?)RuleOutcome.Met, age.Outcome);
        Assert.Equal(["person.Age", "threshold"], age.Operands.Select(o => o.Text));
        Assert.Equal(["70", "65"], age.Operands.Select(o => o.Value));
        Assert.Null(age.Value);
        var bmi = explanation.Operands[1];
        Assert.Equal(["28.25", "30.5"], bmi.Operands.Select(o => o.Value));
        Assert.Equal("30.5", Assert.Single(bmi.Operands[1].Operands).Text);
    }

    [Fact]
    public void Explanation_marks_the_missing_input_of_unknown_parts()
    {
        var explanation = ExpressionExplainer.Explain(MustBind("person.Age > 1 or person.Name.StartsWith(\"A\")"), [new Person { Name = "Bo" }, null, null], TruthMode.ThreeValued);
        Assert.Equal(RuleOutcome.Unknown, explanation.Outcome);
        Assert.Equal("person.Age", explanation.MissingInput);
        Assert.Equal("person.Age", explanation.Operands[0].MissingInput);
        Assert.Equal("null", explanation.Operands[0].Operands[0].Value);
        Assert.Equal((RuleOutcome?)RuleOutcome.NotMet, explanation.Operands[1].Outcome);
        Assert.Null(explanation.Operands[1].MissingInput);
        Assert.Equal("\"Bo\"", explanation.Operands[1].Operands[0].Value);
    }

    [Fact]
    public void Explanation_in_two_valued_mode_reads_missing_as_false()
    {
        var explanation = ExpressionExplainer.Explain(MustBind("person.Age > 1"), [new Person(), null, null], TruthMode.TwoValued);
        Assert.Equal(RuleOutcome.NotMet, explanation.Outcome);
        Assert.Null(explanation.MissingInput);
    }

    [Fact]
    public void Explanation_of_a_quantifier_lists_the_elements_it_read()
    {
        var person = new Person { Segments = [new Segment { TranslationMm = 1 }, new Segment { TranslationMm = 5 }, new Segment()] };
        var explanation = ExpressionExplainer.Explain(MustBind("person.Segments.Any(s => s.TranslationMm > 3)"), [person, null, null], TruthMode.ThreeValued);
        Assert.Equal(RuleOutcome.Met, explanation.Outcome);
        Assert.Equal("[3 items]", explanation.Operands[0].Value);
        Assert.Equal([RuleOutcome.NotMet, RuleOutcome.Met], explanation.Operands.Skip(1).Select(o => o.Outcome!.Value));
    }
}
