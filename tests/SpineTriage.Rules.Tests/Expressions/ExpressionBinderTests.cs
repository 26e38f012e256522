using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using static SpineTriage.Rules.Tests.Expressions.ExpressionFixture;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class ExpressionBinderTests
{
    [Theory]
    [InlineData("person.Age > 65", typeof(bool))]
    [InlineData("person.Age", typeof(int))]
    [InlineData("person.Level", typeof(int))]
    [InlineData("person.Age + 1.5", typeof(double))]
    [InlineData("person.Dose * 2", typeof(decimal))]
    [InlineData("person.Dose + 2.5", typeof(decimal))]
    [InlineData("person.Age + 5000000000", typeof(long))]
    [InlineData("person.Name.Length", typeof(int))]
    [InlineData("person.Segments.Count", typeof(int))]
    [InlineData("person.Segments.Sum(s => s.TranslationMm)", typeof(double))]
    [InlineData("person.Stenosis", typeof(Grade))]
    [InlineData("person.Age ?? 0", typeof(int))]
    [InlineData("iif(person.Smoker, \"yes\", \"no\")", typeof(string))]
    [InlineData("Math.Round(person.Age)", typeof(double))]
    public void Bound_expressions_expose_the_underlying_type(string text, Type type) => Assert.Equal(type, MustBind(text).Type);

    [Fact]
    public void Names_and_members_match_ignoring_case() => Assert.Equal(typeof(bool), MustBind("PERSON.age > THRESHOLD and Person.ADDRESS.city == \"x\"").Type);

    [Fact]
    public void Exact_case_is_preferred_when_two_members_differ_only_in_case() => Assert.Equal(typeof(int), MustBind("hostile.value").Type);

    [Fact]
    public void Unknown_member_suggests_the_nearest_name()
    {
        var diagnostic = BindError("person.Agee > 65");
        Assert.Equal("SPR301", diagnostic.Code);
        Assert.Equal("Unknown member 'Agee' on Person. Did you mean 'Age'?", diagnostic.Message);
        Assert.Equal(0, diagnostic.Offset);
        Assert.Equal(11, diagnostic.Length);
    }

    [Fact]
    public void Unknown_member_without_near_names_lists_the_members() =>
        Assert.Contains("Its members are: Address, Age, Bmi", BindError("person.Xyzzyqwerty").Message);

    [Fact]
    public void Unknown_input_suggests_the_nearest_input()
    {
        var diagnostic = BindError("persn.Age > 1");
        Assert.Equal("SPR300", diagnostic.Code);
        Assert.Equal("Unknown name 'persn'. Did you mean 'person'?", diagnostic.Message);
    }

    [Fact]
    public void Unknown_enum_name_lists_the_valid_names()
    {
        var diagnostic = BindError("person.Stenosis == \"Sever\"");
        Assert.Equal("SPR303", diagnostic.Code);
        Assert.Equal("\"Sever\" is not a value of Grade. Did you mean 'Severe'? Valid names: None, Mild, Moderate, Severe.", diagnostic.Message);
    }

    [Theory]
    [InlineData("person.Stenosis in (\"Mild\", \"Bad\")")]
    [InlineData("person.Flags.Contains(\"Bad\")")]
    public void Unknown_enum_names_are_refused_in_lists_and_contains(string text) => Assert.Equal("SPR303", BindError(text).Code);

    [Theory]
    [InlineData("person.Name > 3", "Cannot apply '>' to string and int in 'person.Name > 3'.")]
    [InlineData("person.Age == \"x\"", "Cannot apply '==' to int and string in 'person.Age == \"x\"'.")]
    [InlineData("person.Age and true", "The operand of 'and' 'person.Age' is int, but a condition (true or false) is needed here.")]
    [InlineData("person.Smoker + 1", "Cannot apply '+' to bool and int in 'person.Smoker + 1'.")]
    [InlineData("-person.Name", "Unary minus needs a number, but 'person.Name' is string.")]
    [InlineData("person.Stenosis == person.Name", "Cannot apply '==' to Grade and string in 'person.Stenosis == person.Name'. Compare an enum with a name in double quotes, such as \"Severe\".")]
    [InlineData("person.Address == other.Address", "Cannot apply '==' to Address and Address in 'person.Address == other.Address'.")]
    public void Type_mismatches_name_the_types(string text, string message)
    {
        var diagnostic = BindError(text);
        Assert.Equal("SPR304", diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Decimal_and_a_double_member_do_not_mix()
    {
        var diagnostic = BindError("person.Dose > person.Bmi");
        Assert.Equal("SPR306", diagnostic.Code);
        Assert.Contains("write decimal literals with an m suffix", diagnostic.Message);
    }

    [Theory]
    [InlineData("person.Name.PadLeft(1) == \"a\"", "Method 'PadLeft' is not allowed on strings. Allowed: Contains, StartsWith, EndsWith, ToLower, ToUpper, Trim, Equals, Substring, IndexOf, Replace, Length.")]
    [InlineData("person.Name.StartWith(\"a\")", "Method 'StartWith' is not allowed on strings. Did you mean 'StartsWith'?")]
    [InlineData("person.Segments.Distinct().Any()", "Method 'Distinct' is not allowed on collections. Allowed: Any, All, Count, Contains, Sum, Min, Max, Average, FirstOrDefault, LastOrDefault, First, Last, Where, Select, OrderBy, OrderByDescending, Take, Skip.")]
    [InlineData("person.Segments.Where(s => s.Height > 2).Max(s => s.Height) > 1", "'Max' cannot follow Where (the methods that can: Any, All, Count, Sum, FirstOrDefault, LastOrDefault, First, Last); write the condition into the lambda instead, such as Max(x => x.Value) over the whole list.")]
    [InlineData("Math.Pow(2, 3) > 1", "'Math.Pow' is not allowed. Allowed: Abs, Min, Max, Round.")]
    [InlineData("person.Age.CompareTo(3) > 1", "Method 'CompareTo' cannot be called on 'person.Age' (int); only string, date and collection methods are allowed.")]
    public void Methods_off_the_whitelist_are_refused(string text, string message)
    {
        var diagnostic = BindError(text);
        Assert.Equal("SPR302", diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("\"\".GetType().Name == \"String\"")]
    [InlineData("person.GetType() == null")]
    [InlineData("System.IO.File.ReadAllText(\"x\") == \"\"")]
    [InlineData("Activator.CreateInstance(\"x\") == null")]
    [InlineData("AppDomain.CurrentDomain == null")]
    [InlineData("Type.GetType(\"x\") == null")]
    [InlineData("System.Diagnostics.Process.Start(\"x\") == null")]
    [InlineData("typeof(string) == null")]
    [InlineData("Environment.Exit(1) == null")]
    [InlineData("person.Name.GetType().Assembly == null")]
    [InlineData("person.ToString() == \"x\"")]
    [InlineData("person.Segments.Any(s => s.GetHashCode() > 0)")]
    public void Reflection_and_system_access_are_refused_at_bind_time(string text)
    {
        var diagnostic = BindError(text);
        Assert.Equal("SPR309", diagnostic.Code);
        Assert.Contains("expressions cannot use reflection, types, I/O, processes or the runtime", diagnostic.Message);
    }

    [Theory]
    [InlineData("hostile.Type == null")]
    [InlineData("hostile.Anything == null")]
    [InlineData("hostile.Callback == null")]
    public void Members_of_unreadable_types_are_refused(string text) => Assert.Equal("SPR308", BindError(text).Code);

    [Theory]
    [InlineData("x => x", "SPR310")]
    [InlineData("person.Segments.Any(Height)", "SPR304")]
    [InlineData("person.Segments.Where(s => s.Height > 1)", "SPR310")]
    [InlineData("person.Segments.Where(s => s.Height > 1).Count > 1", "SPR310")]
    [InlineData("person.Segments.Where(s => s.Height).Any()", "SPR304")]
    [InlineData("person.Age.Where(s => true).Any()", "SPR302")]
    [InlineData("person.Segments.FirstOrDefault(s => s.Height)", "SPR304")]
    [InlineData("person.Segments.Average(s => s.Name) > 1", "SPR305")]
    [InlineData("person.Segments.Any(Heigth > 1)", "SPR300")]
    [InlineData("person.Name.Equals(\"a\", StringComparison.InvariantCultureIgnoreCase)", "SPR305")]
    [InlineData("person.Name.Equals(1)", "SPR305")]
    [InlineData("person.Age.Equals(1)", "SPR309")]
    [InlineData("person.Segments.All()", "SPR310")]
    [InlineData("person.Flags.Contains(x => true)", "SPR310")]
    [InlineData("iif(true, 1)", "SPR305")]
    [InlineData("person.Name.Contains(1)", "SPR305")]
    [InlineData("Math.Round(person.Bmi, 20) > 1", "SPR305")]
    [InlineData("Math.Abs(person.Name) > 1", "SPR305")]
    [InlineData("person.Segments.Sum(s => s.Name) > 1", "SPR305")]
    [InlineData("person.Segments.Any(s => s.Height)", "SPR304")]
    [InlineData("foo(1)", "SPR300")]
    [InlineData("person.Age.Foo", "SPR301")]
    [InlineData("person.Segments.Length", "SPR301")]
    public void Misused_lambdas_and_arguments_are_reported(string text, string code) => Assert.Equal(code, BindError(text).Code);

    [Fact]
    public void Ambiguous_case_insensitive_member_asks_for_the_exact_case()
    {
        var diagnostic = BindError("hostile.VALUE > 1");
        Assert.Equal("SPR307", diagnostic.Code);
        Assert.Contains("(Value, value)", diagnostic.Message);
    }

    [Fact]
    public void Params_are_visible_and_report_their_names()
    {
        var bound = Assert.IsType<BoundBinary>(MustBind("person.Age > threshold"));
        Assert.Equal("threshold", Assert.IsType<BoundParameter>(bound.Right).Name);
        Assert.True(ExpressionFixture.Environment.Contains("THRESHOLD"));
        Assert.False(ExpressionFixture.Environment.Contains("nothing"));
    }

    [Fact]
    public void Input_paths_list_members_with_collection_elements_marked()
    {
        var bound = MustBind("person.Age > 1 && person.Segments.Any(s => s.TranslationMm > 3) && person.Flags.Contains(\"Mild\") && person.Address.City == null");
        Assert.Equal(["person.Age", "person.Segments[].TranslationMm", "person.Flags", "person.Address.City"], bound.InputPaths);
    }

    [Theory]
    [InlineData(3, typeof(double), 3.0)]
    [InlineData(3, typeof(decimal), 3)]
    [InlineData(3L, typeof(int), 3)]
    [InlineData(2.5, typeof(decimal), 2.5)]
    [InlineData("severe", typeof(Grade), Grade.Severe)]
    [InlineData(true, typeof(bool), true)]
    [InlineData("x", typeof(string), "x")]
    [InlineData(7, typeof(int?), 7)]
    public void Host_values_become_constants_when_lossless(object value, Type target, object expected)
    {
        Assert.True(ExpressionFrontEnd.TryCreateConstant(value, target, out var constant, out var error), error);
        var actual = Assert.IsType<BoundConstant>(constant).Value;
        Assert.Equal(Convert.ChangeType(expected, TypeRules.Underlying(target), System.Globalization.CultureInfo.InvariantCulture), actual);
    }

    [Theory]
    [InlineData(2.5, typeof(int))]
    [InlineData(5_000_000_000L, typeof(int))]
    [InlineData("x", typeof(int))]
    [InlineData("Bad", typeof(Grade))]
    [InlineData(1, typeof(bool))]
    [InlineData(1, typeof(string))]
    public void Host_values_that_would_lose_information_are_refused(object value, Type target)
    {
        Assert.False(ExpressionFrontEnd.TryCreateConstant(value, target, out _, out var error));
        Assert.Contains("cannot be used as", error);
    }
}
