using FsCheck;
using FsCheck.Fluent;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// Random well-typed expression texts over the 'person' input (see <see cref="Person"/>) and the fixture's params, built type by type; with
/// <c>nullTests: false</c> they contain no explicit null test (== null, ??, IsNullOrEmpty, HasValue), for monotonicity.
/// </summary>
internal sealed class TypedExpressionGenerators(bool nullTests)
{
    private static readonly string[] Lambdas = ["s", "t"];

    public static Gen<string> Conditions(bool nullTests) => Gen.Sized(size => new TypedExpressionGenerators(nullTests).Bool(Math.Min(size, 9) / 3, null));

    private static Gen<string> Join(string format, params Gen<string>[] parts) =>
        Gen.CollectToList(parts).Select(values => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, [.. values]));

    private static Gen<string> Deeper(Func<Gen<string>> make) => Gen.Fresh(make).SelectMany(g => g);

    private Gen<string> Bool(int depth, string? element)
    {
        var atoms = new List<Gen<string>>
        {
            Gen.Elements("true", "false", "person.Smoker"),
            Join("{0} {1} {2}", Int(0, element), Gen.Elements("==", "!=", "<", "<=", ">", ">=", "=", "<>"), Int(0, element)),
            Join("{0} {1} {2}", Double(0, element), Gen.Elements("<", ">=", "=="), Double(0, element)),
            Join("{0} {1} {2}", Decimal(0), Gen.Elements("<", ">", "=="), Decimal(0)),
            Join("{0} {1} {2}", String(0, element), Gen.Elements("==", "!="), String(0, element)),
            Join("person.Stenosis {0} \"{1}\"", Gen.Elements("==", "!=", ">=", "<"), Gen.Elements("None", "mild", "Moderate", "SEVERE")),
            Join("person.Stenosis in ({0})", Gen.Elements("\"Mild\"", "\"Mild\", \"Severe\"")),
            Join("person.Flags.Contains(\"{0}\")", Gen.Elements("Mild", "Severe")),
            Join("person.Scores.Contains({0})", Gen.Choose(0, 5).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Join("{0} in ({1}, 2, {2})", Int(0, element), Int(0, element), Int(0, element)),
            Join("{0}.{1}({2})", String(0, element), Gen.Elements("Contains", "StartsWith", "EndsWith", "Equals"), String(0, element)),
            Join("{0}.Equals({1}, StringComparison.{2})", String(0, element), String(0, element), Gen.Elements("Ordinal", "OrdinalIgnoreCase")),
            Join("string.Equals({0}, {1})", String(0, element), String(0, element)),
            Join("person.Segments.{0}(Height {1} {2})", Gen.Elements("Any", "All"), Gen.Elements(">", "<=", "=="), Gen.Choose(0, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Join("person.Flags.{0}() == \"{1}\"", Gen.Elements("FirstOrDefault", "LastOrDefault"), Gen.Elements("Mild", "Severe")),
        };
        if (element is not null)
        {
            atoms.Add(Join("{0}.Grade {1} \"{2}\"", Gen.Constant(element), Gen.Elements("==", ">"), Gen.Elements("Mild", "Moderate")));
        }

        if (nullTests)
        {
            atoms.Add(Join("{0} {1} null", Gen.Elements("person.Age", "person.Address", "person.Address.City", "person.Segments", "person.Name", "person.Stenosis"), Gen.Elements("==", "!=")));
            atoms.Add(Join("string.IsNullOrEmpty({0})", String(0, element)));
            atoms.Add(Gen.Elements("person.Address.Zip.HasValue", "(person.Smoker ?? true)"));
        }

        atoms = [.. atoms.Select(atom => atom.Select(text => "(" + text + ")"))];
        if (depth <= 0)
        {
            return Gen.OneOf(atoms);
        }

        var inner = Deeper(() => Bool(depth - 1, element));
        var lambda = Lambdas.First(l => l != element);
        var body = Deeper(() => Bool(depth - 1, lambda));
        return Gen.OneOf(atoms.Concat(
        [
            Join("({0} {1} {2})", Deeper(() => Int(depth - 1, element)), Gen.Elements("==", "<", ">="), Deeper(() => Int(depth - 1, element))),
            Join("({0} {1} {2})", Deeper(() => Double(depth - 1, element)), Gen.Elements("<", ">="), Deeper(() => Double(depth - 1, element))),
            Join("({0} {1} {2})", inner, Gen.Elements("and", "&&", "or", "||", "AND", "OrElse"), inner),
            Join("{0}({1})", Gen.Elements("!", "not "), inner),
            Join("({0} ? {1} : {2})", inner, inner, inner),
            Join("person.Segments.{0}(" + lambda + " => {1})", Gen.Elements("Any", "All"), body),
            Join("person.Segments.Where(" + lambda + " => {0}).{1}(" + lambda + " => {2})", body, Gen.Elements("Any", "All"), body),
            Join("person.Segments.Where(" + lambda + " => {0}).Where(" + lambda + " => {1}).Any()", body, body),
            Gen.Constant("person.Segments.Any()"),
            Join("({0} == {1})", inner, inner),
        ]));
    }

    private Gen<string> Int(int depth, string? element)
    {
        var atoms = new List<Gen<string>>
        {
            Gen.Choose(0, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("person.Age", "person.Visits", "person.Level", "person.Address.Zip", "person.Name.Length", "person.Segments.Count", "person.Scores.Sum()", "threshold"),
            Gen.Elements("person.Scores[0]", "person.Scores[2]", "person.Scores[3]", "person.Segments[0].Height", "person.Segments[1].Height", "person.Scores[person.Visits % 4]", "person.Scores[person.Age - 68]"),
        };
        if (element is not null)
        {
            atoms.Add(Gen.Constant(element + ".Height"));
        }

        if (depth <= 0)
        {
            return Gen.OneOf(atoms);
        }

        var inner = Deeper(() => Int(depth - 1, element));
        var lambda = Lambdas.First(l => l != element);
        var ops = new List<Gen<string>>
        {
            Join("({0} {1} {2})", inner, Gen.Elements("+", "-", "*", "/", "%"), inner),
            Join("-{0}", inner),
            Join("Math.{0}({1}, {2})", Gen.Elements("Min", "Max"), inner, inner),
            Join("Math.Abs({0})", inner),
            Join("person.Segments.Count(" + lambda + " => {0})", Deeper(() => Bool(depth - 1, lambda))),
            Join("person.Segments.{0}(" + lambda + " => " + lambda + ".Height)", Gen.Elements("Sum", "Min", "Max")),
            Join("person.Segments.Where(" + lambda + " => {0}).Count()", Deeper(() => Bool(depth - 1, lambda))),
            Join("person.Segments.Where(" + lambda + " => {0}).Sum(" + lambda + " => " + lambda + ".Height)", Deeper(() => Bool(depth - 1, lambda))),
            Join("person.Segments.{0}(" + lambda + " => {1}).Height", Gen.Elements("FirstOrDefault", "LastOrDefault"), Deeper(() => Bool(depth - 1, lambda))),
            Join("person.Segments.Where(" + lambda + " => {0}).{1}().Height", Deeper(() => Bool(depth - 1, lambda)), Gen.Elements("FirstOrDefault", "LastOrDefault")),
            Join("person.Scores.{0}(it {1} {2})", Gen.Elements("FirstOrDefault", "LastOrDefault", "Count"), Gen.Elements(">", "<"), inner),
            Join("person.Scores.{0}()", Gen.Elements("FirstOrDefault", "LastOrDefault")),
            Join("iif({0}, {1}, {2})", Deeper(() => Bool(depth - 1, element)), inner, inner),
            Join("int.Parse({0})", Deeper(() => String(depth - 1, element))),
            Join("{0}.IndexOf({1})", Deeper(() => String(depth - 1, element)), Deeper(() => String(depth - 1, element))),
            Join("HostFunctions.Twice({0})", inner),
            Join("person.Segments.Select(" + lambda + " => " + lambda + ".Height * {0}).{1}()", inner, Gen.Elements("Sum", "Max", "Count")),
            Join("person.Scores.Select(" + lambda + " => " + lambda + " - {0}).Count(" + lambda + " => " + lambda + " > 0)", inner),
            Join("person.Segments.OrderBy(" + lambda + " => " + lambda + ".{0}).Take({1}).Sum(" + lambda + " => " + lambda + ".Height)", Gen.Elements("Height", "Name", "Grade", "TranslationMm"), inner),
            Join("person.Segments.Where(" + lambda + " => {0}).OrderByDescending(" + lambda + " => " + lambda + ".TranslationMm).Skip(1).Count()", Deeper(() => Bool(depth - 1, lambda))),
            Join("person.Scores.{0}(it).Take({1}).Skip(1).Sum()", Gen.Elements("OrderBy", "OrderByDescending"), inner),
            Join("person.Segments.OrderByDescending(" + lambda + " => " + lambda + ".Height).{0}().Height", Gen.Elements("FirstOrDefault", "LastOrDefault")),
            Join("person.Seen.AddDays({0}).{1}", inner, Gen.Elements("Year", "Month", "Day", "DayOfYear")),
            Join("person.Born.{0}({1}).{2}", Gen.Elements("AddDays", "AddMonths", "AddYears"), inner, Gen.Elements("Year", "DayNumber", "Month")),
            Join("(person.Seen.AddMonths({0}) - person.Seen).Days", inner),
        };
        if (nullTests)
        {
            ops.Add(Join("({0} ?? {1})", inner, inner));
        }

        return Gen.OneOf(atoms.Concat(ops));
    }

    private Gen<string> Double(int depth, string? element)
    {
        var atoms = new List<Gen<string>>
        {
            Gen.Choose(0, 400).Select(i => (i / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("person.Bmi", "person.Segments.Sum(s => s.TranslationMm)", "minBmi"),
            Int(0, element),
        };
        if (element is not null)
        {
            atoms.Add(Gen.Constant(element + ".TranslationMm"));
        }

        if (depth <= 0)
        {
            return Gen.OneOf(atoms);
        }

        var inner = Deeper(() => Double(depth - 1, element));
        return Gen.OneOf(atoms.Concat(
        [
            Join("({0} {1} {2})", inner, Gen.Elements("+", "-", "*", "/"), inner),
            Join("Math.Round({0}, 1)", inner),
            Join("HostFunctions.Ratio({0}, {1})", inner, inner),
            Join("person.Segments.Max(" + Lambdas.First(l => l != element) + " => {0})", Deeper(() => Double(depth - 1, Lambdas.First(l => l != element)))),
            Join("person.Segments.Average(" + Lambdas.First(l => l != element) + " => {0})", Deeper(() => Double(depth - 1, Lambdas.First(l => l != element)))),
            Gen.Elements("person.Scores.Average()", "person.Scores.Average(it * 2)", "person.Segments.Average(TranslationMm)"),
            Join("(person.Seen.AddYears({0}) - person.Seen.Date).{1}", Deeper(() => Int(depth - 1, null)), Gen.Elements("TotalDays", "TotalHours")),
            Join("double.Parse({0})", String(0, element)),
        ]));
    }

    private static Gen<string> Decimal(int depth) => Gen.OneOf(
        Gen.Elements("person.Dose", "2.5m", "0m", "(person.Dose * 2)", "(person.Dose / person.Dose)", "(person.Dose + person.Visits)", "(person.Dose - 1.25)"));

    private Gen<string> String(int depth, string? element)
    {
        var atoms = new List<Gen<string>>
        {
            Gen.Elements("\"\"", "\"a\"", "\"Ann\"", "\" x \"", "person.Name", "person.Address.City", "\" 42 \"", "\"-3.5\"", "\"1e3\""),
        };
        if (element is not null)
        {
            atoms.Add(Gen.Constant(element + ".Name"));
        }

        if (depth <= 0)
        {
            return Gen.OneOf(atoms);
        }

        var inner = String(depth - 1, element);
        return Gen.OneOf(atoms.Concat(
        [
            Join("{0}.{1}()", inner, Gen.Elements("ToLower", "ToUpper", "Trim", "ToString")),
            Join("{0}.Substring({1})", inner, Int(0, element)),
            Join("{0}.Substring({1}, {2})", inner, Int(0, element), Int(0, element)),
            Join("{0}.Replace({1}, {2})", inner, inner, inner),
            Join("({0} + {1})", inner, inner),
            Join("{0}.ToString()", Int(0, element)),
        ]));
    }
}
