using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Compilation;
using SpineTriage.Rules.Expressions.Interpretation;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>Every case runs the compiled delegate and checks the reference interpreter agrees (see <see cref="ExpressionFixture.Evaluate"/>).</summary>
public sealed class ExpressionSemanticsTests
{
    private static Person Full() => new()
    {
        Age = 70, Bmi = 31.5, Dose = 2.5m, Name = "Ann Lee", Smoker = false, Stenosis = Grade.Moderate, Visits = 3, Level = 4,
        Address = new Address { City = "Oslo", Zip = 150 },
        Segments = [new Segment { Name = "L4-L5", TranslationMm = 4.5, Grade = Grade.Severe, Height = 8 }, new Segment { Name = "L5-S1", TranslationMm = 1.0, Grade = Grade.Mild, Height = 10 }],
        Flags = [Grade.Mild, Grade.Severe], Scores = [3, 5, 9], Tags = new HashSet<string> { "a", "b" },
    };

    [Theory]
    [InlineData("person.Age > 65", Truth.True)]
    [InlineData("person.Age >= 70 && person.Age <= 70", Truth.True)]
    [InlineData("person.Age < 65", Truth.False)]
    [InlineData("person.Age == 70.0", Truth.True)]
    [InlineData("person.Bmi > 31", Truth.True)]
    [InlineData("person.Dose == 2.5", Truth.True)]
    [InlineData("person.Dose > 2", Truth.True)]
    [InlineData("person.Level == 4", Truth.True)]
    [InlineData("person.Age + person.Visits * 2 == 76", Truth.True)]
    [InlineData("person.Age / 3 == 23 && person.Age % 3 == 1", Truth.True)]
    [InlineData("-person.Age == -70", Truth.True)]
    [InlineData("person.Bmi / 2 == 15.75", Truth.True)]
    [InlineData("person.Age > threshold", Truth.True)]
    [InlineData("person.Bmi > minBmi", Truth.True)]
    [InlineData("person.Age + 5000000000 > 5000000069", Truth.True)]
    [InlineData("person.Name == \"Ann Lee\" && person.Name != \"ann lee\"", Truth.True)]
    [InlineData("person.Name + \"!\" == \"Ann Lee!\"", Truth.True)]
    [InlineData("person.Smoker == false", Truth.True)]
    [InlineData("not person.Smoker", Truth.True)]
    [InlineData("!(person.Age > 1)", Truth.False)]
    [InlineData("person.Age > 1 ? person.Bmi > 40 : true", Truth.False)]
    [InlineData("iif(person.Age > 1, \"old\", \"young\") == \"old\"", Truth.True)]
    [InlineData("person.Age in (60, 70, 80)", Truth.True)]
    [InlineData("person.Age in (1, 2.5)", Truth.False)]
    [InlineData("person.Address.City in (\"Oslo\", \"Bergen\")", Truth.True)]
    internal void Known_values_compare_with_csharp_promotion(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Theory]
    [InlineData("person.Stenosis == \"Moderate\"", Truth.True)]
    [InlineData("person.Stenosis == \"moderate\"", Truth.True)]
    [InlineData("\"MODERATE\" == person.Stenosis", Truth.True)]
    [InlineData("person.Stenosis != \"Severe\"", Truth.True)]
    [InlineData("person.Stenosis >= \"Moderate\" && person.Stenosis < \"Severe\"", Truth.True)]
    [InlineData("person.Stenosis in (\"Moderate\", \"Severe\")", Truth.True)]
    [InlineData("person.Flags.Contains(\"Severe\")", Truth.True)]
    [InlineData("person.Flags.Contains(\"Moderate\")", Truth.False)]
    [InlineData("person.Segments.Any(s => s.Grade == \"severe\")", Truth.True)]
    internal void Enums_compare_with_their_names_ignoring_case_and_order_by_value(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Theory]
    [InlineData("person.Name.Contains(\"Lee\")", Truth.True)]
    [InlineData("person.Name.Contains(\"lee\")", Truth.False)]
    [InlineData("person.Name.StartsWith(\"Ann\") && person.Name.EndsWith(\"Lee\")", Truth.True)]
    [InlineData("person.Name.ToLower() == \"ann lee\" && person.Name.ToUpper() == \"ANN LEE\"", Truth.True)]
    [InlineData("(\"  x \").Trim() == \"x\"", Truth.True)]
    [InlineData("person.Name.Length == 7", Truth.True)]
    [InlineData("string.IsNullOrEmpty(person.Name)", Truth.False)]
    [InlineData("Math.Abs(-person.Age) == 70 && Math.Min(person.Age, 3) == 3 && Math.Max(person.Bmi, 1) == 31.5", Truth.True)]
    [InlineData("Math.Round(person.Bmi) == 32 && Math.Round(2.345, 2) == 2.35 && Math.Round(person.Dose) == 2", Truth.True)]
    internal void Whitelisted_string_and_math_methods_work(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Theory]
    [InlineData("person.Segments.Any()", Truth.True)]
    [InlineData("person.Segments.Any(s => s.TranslationMm > 4)", Truth.True)]
    [InlineData("person.Segments.All(s => s.TranslationMm > 4)", Truth.False)]
    [InlineData("person.Segments.Count == 2 && person.Segments.Count() == 2", Truth.True)]
    [InlineData("person.Segments.Count(s => s.Height > 9) == 1", Truth.True)]
    [InlineData("person.Segments.Sum(s => s.TranslationMm) == 5.5", Truth.True)]
    [InlineData("person.Segments.Min(s => s.Height) == 8 && person.Segments.Max(s => s.Height) == 10", Truth.True)]
    [InlineData("person.Scores.Sum() == 17 && person.Scores.Max() == 9 && person.Scores.Length == 3", Truth.True)]
    [InlineData("person.Scores.Contains(5) && !person.Scores.Contains(4)", Truth.True)]
    [InlineData("person.Tags.Contains(\"b\") && person.Tags.Count() == 2 && person.Tags.Any(t => t.StartsWith(\"a\"))", Truth.True)]
    [InlineData("person.Segments.Any(s => person.Segments.All(t => t.Height >= s.Height))", Truth.True)]
    internal void Collection_methods_work_over_lists_arrays_and_enumerables(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, Full()));

    [Theory]
    [InlineData("person.Segments.Any(s => s.Height > 1)", Truth.False)]
    [InlineData("person.Segments.All(s => s.Height > 1)", Truth.True)]
    [InlineData("person.Segments.Count(s => s.Height > 1) == 0", Truth.True)]
    [InlineData("person.Segments.Sum(s => s.Height) == 0", Truth.True)]
    [InlineData("person.Segments.Min(s => s.Height) == 0", Truth.Unknown)]
    internal void Empty_collections_follow_the_quantifier_identities(string text, Truth expected) =>
        Assert.Equal(expected, Evaluate(text, new Person { Segments = [] }));

    [Theory]
    [InlineData("person.Age > 65")]
    [InlineData("person.Age + 1 > 65")]
    [InlineData("person.Address.City == \"Oslo\"")]
    [InlineData("person.Address.Zip > 1")]
    [InlineData("person.Name.Contains(\"a\")")]
    [InlineData("person.Name.Length > 1")]
    [InlineData("person.Segments.Any(s => s.Height > 1)")]
    [InlineData("person.Segments.Count > 1")]
    [InlineData("person.Stenosis == \"Mild\"")]
    [InlineData("person.Stenosis in (\"Mild\")")]
    [InlineData("person.Smoker")]
    [InlineData("not person.Smoker")]
    [InlineData("(person.Age > 1 ? 1 : 2) == 1")]
    [InlineData("Math.Abs(person.Age) > 1")]
    public void Reading_missing_data_is_unknown(string text) => Assert.Equal(Truth.Unknown, Evaluate(text, new Person()));

    [Theory]
    [InlineData("person.Age > 65")]
    [InlineData("not (person.Age > 65)")]
    [InlineData("person.Address.Zip > 1")]
    [InlineData("person.Segments.Any(s => s.Height > 1)")]
    [InlineData("person.Smoker")]
    public void Two_valued_mode_reads_missing_data_as_false(string text)
    {
        var expected = text.StartsWith("not", StringComparison.Ordinal) ? Truth.True : Truth.False;
        Assert.Equal(expected, Evaluate(text, new Person(), TruthMode.TwoValued));
    }

    [Theory]
    [InlineData("person.Age > 65 and false", Truth.False)]
    [InlineData("false and person.Age > 65", Truth.False)]
    [InlineData("person.Age > 65 and true", Truth.Unknown)]
    [InlineData("person.Age > 65 or true", Truth.True)]
    [InlineData("true or person.Age > 65", Truth.True)]
    [InlineData("person.Age > 65 or false", Truth.Unknown)]
    [InlineData("not (person.Age > 65)", Truth.Unknown)]
    [InlineData("person.Age > 65 and person.Bmi > 1", Truth.Unknown)]
    internal void And_or_not_follow_kleene_logic(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, new Person()));

    [Theory]
    [InlineData("person.Age == null", Truth.True)]
    [InlineData("person.Age != null", Truth.False)]
    [InlineData("null == person.Age", Truth.True)]
    [InlineData("person.Address.City == null", Truth.True)]
    [InlineData("person.Address.Zip.HasValue", Truth.False)]
    [InlineData("string.IsNullOrEmpty(person.Address.City)", Truth.True)]
    [InlineData("(person.Age ?? 3) == 3", Truth.True)]
    [InlineData("(person.Address.Zip ?? person.Age ?? 5) == 5", Truth.True)]
    [InlineData("person.Segments == null", Truth.True)]
    [InlineData("person.Age == null or person.Age > 65", Truth.True)]
    internal void Explicit_null_tests_are_known_even_through_a_null_object(string text, Truth expected) => Assert.Equal(expected, Evaluate(text, new Person()));

    [Fact]
    public void A_null_input_is_missing_data_and_null_for_null_tests()
    {
        Assert.Equal(Truth.Unknown, Evaluate("person.Age > 1", null));
        Assert.Equal(Truth.True, Evaluate("person.Age == null", null));
    }

    [Theory]
    [InlineData("person.Segments.Any(s => s.TranslationMm > 3)", Truth.True)]
    [InlineData("person.Segments.Any(s => s.TranslationMm > 9)", Truth.Unknown)]
    [InlineData("person.Segments.All(s => s.TranslationMm > 9)", Truth.False)]
    [InlineData("person.Segments.All(s => s.TranslationMm > 0)", Truth.Unknown)]
    [InlineData("person.Segments.Count(s => s.TranslationMm > 0) > 0", Truth.Unknown)]
    [InlineData("person.Segments.Sum(s => s.TranslationMm) > 0", Truth.Unknown)]
    [InlineData("person.Segments.Max(s => s.Height) > 0", Truth.Unknown)]
    internal void Quantifiers_are_kleene_over_elements_and_aggregates_need_every_value(string text, Truth expected)
    {
        var person = new Person { Segments = [new Segment { TranslationMm = 4, Height = 1 }, new Segment(), null!] };
        Assert.Equal(expected, Evaluate(text, person));
    }

    [Theory]
    [InlineData("person.Visits / 0 > 1")]
    [InlineData("person.Visits % 0 > 1")]
    [InlineData("person.Dose / 0 > 1")]
    public void Integer_and_decimal_division_by_zero_throws_in_every_tier_so_the_rule_is_unknown_with_a_message(string text)
    {
        var bound = MustBind(text);
        object?[] args = [Full(), null, null];

        Assert.Throws<DivideByZeroException>(() => ExpressionCompiler.CompilePredicate(bound, TruthMode.ThreeValued)(args));
        Assert.Throws<DivideByZeroException>(() => EvaluateMode.Walker(args, TruthMode.ThreeValued).Truth(bound));
        Assert.Throws<DivideByZeroException>(() => ExplainMode.Walker(args, TruthMode.ThreeValued).Truth(bound));
    }

    [Fact]
    public void Double_division_by_zero_is_infinity() => Assert.Equal(Truth.True, Evaluate("person.Bmi / 0 > 1000000", Full()));

    [Theory]
    [InlineData("person.Visits * 2147483647 > 1")]
    [InlineData("person.Visits + 2147483647 > 1")]
    [InlineData("-(person.Visits - 3 - 2147483647 - 1) > 1")]
    public void Integer_overflow_throws_overflow_from_both_evaluators(string text)
    {
        var bound = MustBind(text);
        object?[] args = [Full(), null, null];
        Assert.Throws<OverflowException>(() => ExpressionCompiler.CompilePredicate(bound, TruthMode.ThreeValued)(args));
        Assert.Throws<OverflowException>(() => ExplainMode.Walker(args, TruthMode.ThreeValued).Truth(bound));
        Assert.Throws<OverflowException>(() => EvaluateMode.Walker(args, TruthMode.ThreeValued).Truth(bound));
    }

    [Theory]
    [InlineData("person.Age + 1", 71)]
    [InlineData("person.Bmi * 2", 63.0)]
    [InlineData("person.Name.ToUpper()", "ANN LEE")]
    [InlineData("person.Stenosis", Grade.Moderate)]
    [InlineData("person.Age > 1", true)]
    [InlineData("person.Segments.Count(s => s.Height > 8)", 1)]
    public void Values_compile_to_boxed_results(string text, object expected) => Assert.Equal(expected, Value(text, Full()));

    [Theory]
    [InlineData("person.Age + 1")]
    [InlineData("person.Address.City")]
    [InlineData("person.Age > 1")]
    public void Missing_values_compile_to_null(string text) => Assert.Null(Value(text, new Person()));

    [Fact]
    public void A_param_with_a_literal_value_compiles_to_a_constant()
    {
        var builder = new DelegateBuilder(TruthMode.ThreeValued);
        var constants = new ConstantCollector();
        constants.Visit(builder.Truth(MustBind("person.Age > threshold && person.Bmi > minBmi")));
        Assert.Contains(65, constants.Values);
        Assert.Contains(30.5, constants.Values);
    }

    private sealed class ConstantCollector : System.Linq.Expressions.ExpressionVisitor
    {
        public List<object?> Values { get; } = [];

        protected override System.Linq.Expressions.Expression VisitConstant(System.Linq.Expressions.ConstantExpression node)
        {
            Values.Add(node.Value);
            return node;
        }
    }

    [Fact]
    public void Scalar_comparisons_and_any_over_a_list_allocate_nothing_per_call()
    {
        var predicate = ExpressionCompiler.CompilePredicate(
            MustBind("person.Age > threshold && person.Bmi >= minBmi && person.Stenosis in (\"Moderate\", \"Severe\") && person.Segments.Any(s => s.TranslationMm > 4) && person.Address.City != null"),
            TruthMode.ThreeValued);
        object?[] args = [Full(), null, null];
        predicate(args);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            predicate(args);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
