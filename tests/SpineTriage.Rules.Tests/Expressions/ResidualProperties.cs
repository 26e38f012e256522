using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.TestSupport;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>
/// A residual is exact: for random conditions over random people with members missing, filling the residual's missing
/// inputs with random values and evaluating the residual gives what the compiled condition gives on the filled-in
/// person, and a constant residual is what the condition is whatever they are.
/// </summary>
public sealed class ResidualProperties
{
    private static readonly Arbitrary<(string Text, Person Person, int Seed)> Cases =
        TypedExpressionGenerators.Conditions(nullTests: true)
            .SelectMany(text => PersonGenerators.People.SelectMany(person => Gen.Choose(0, int.MaxValue).Select(seed => (text, person, seed))))
            .ToArbitrary();

    [ReplayableProperty(600)]
    public Property Filling_in_the_missing_inputs_gives_what_the_residual_gives() =>
        Prop.ForAll(Cases, testCase =>
        {
            var bound = ExpressionFixture.MustBind(testCase.Text);
            var residual = ResidualSession.Settle(s => s.Residualise(bound, [testCase.Person, null, null]), null, out var session);
            if (residual.UnavailableReason is not null || !residual.CanBeEnumerated)
            {
                return true.Label("no residual to check").Classify(true, "skipped");
            }

            // What the residual is over: its missing inputs, and the paths whose absence tests the last round opened (a
            // residual that settled to a constant once they were opened, such as `x == 4 && x == null` → false, is what
            // the condition is once they are filled in, not while they are absent).
            var toFill = residual.MissingInputs.Concat(session.Paths.Select(p => p.Name).Where(session.OpenPaths.Contains)).Distinct().ToList();
            if (toFill.Any(path => !PersonPaths.CanSet(path)))
            {
                return true.Label("a residual input that cannot be set (a collection's Count)").Classify(true, "skipped");
            }

            var random = new Random(testCase.Seed);
            var filled = testCase.Person?.Clone();
            var values = new object?[session.Paths.Count];
            foreach (var path in toFill)
            {
                var variable = session.Paths.Single(p => p.Name == path);
                values[variable.Index] = RandomValue(variable.Type, random);
                filled = PersonPaths.Set(filled, path, values[variable.Index]);
            }

            var compiled = Outcome(() => ExpressionCompiler.CompilePredicate(bound, TruthMode.ThreeValued)([filled, null, null]));
            var fromResidual = residual.Expression is { } expression
                ? Outcome(() => EvaluateMode.TruthOf(EvaluateMode.Walker(values, TruthMode.ThreeValued).Truth(expression)))
                : residual.Constant.ToString()!;
            return (compiled == fromResidual).Label($"{testCase.Text}: residual {residual}, filled in {compiled}, residual gives {fromResidual}");
        });

    private static string Outcome(Func<Truth> evaluate)
    {
        try
        {
            return evaluate().ToString();
        }
        catch (ArithmeticException exception)
        {
            // Overflow or an integer division by zero, the same way on both sides.
            return exception.GetType().Name;
        }
    }

    private static object RandomValue(Type type, Random random) => type switch
    {
        _ when type == typeof(int) => random.Next(-3, 25),
        _ when type == typeof(short) => (short)random.Next(0, 10),
        _ when type == typeof(double) => random.Next(0, 600) / 10.0,
        _ when type == typeof(decimal) => random.Next(-40, 40) / 4m,
        _ when type == typeof(bool) => random.Next(2) == 0,
        _ when type == typeof(string) => new[] { "", "a", "Ann", " x ", "ann lee" }[random.Next(5)],
        _ when type.IsEnum => Enum.GetValues(type).GetValue(random.Next(Enum.GetValues(type).Length))!,

        // The ranges of the case generator's dates (Person.Seen, Person.Born).
        _ when type == typeof(DateTime) => new DateTime(2018, 1, 1).AddDays(random.Next(0, 3_000)).AddHours(random.Next(0, 4) * 6),
        _ when type == typeof(DateOnly) => new DateOnly(1930, 1, 1).AddDays(random.Next(0, 30_000)),
        _ => throw new InvalidOperationException($"No random {type.Name}."),
    };
}

/// <summary>Sets a member of a <see cref="Person"/> by its input path (<c>person.Segments[1].Height</c>), making the objects on the way.</summary>
internal static class PersonPaths
{
    /// <summary>Whether the path ends in a settable member (not, say, a list's Count).</summary>
    public static bool CanSet(string path)
    {
        var type = typeof(Person);
        var parts = path.Split('.');
        for (var i = 1; i < parts.Length; i++)
        {
            var (name, index) = Split(parts[i]);
            var property = type.GetProperty(name);
            if (property is null || (i == parts.Length - 1 && index is null && !property.CanWrite))
            {
                return false;
            }

            type = index is null ? property.PropertyType : property.PropertyType.GetGenericArguments().FirstOrDefault() ?? property.PropertyType.GetElementType()!;
        }

        return true;
    }

    public static Person Set(Person? person, string path, object? value)
    {
        person ??= new Person();
        object target = person;
        var parts = path.Split('.');
        for (var i = 1; i < parts.Length; i++)
        {
            var (name, index) = Split(parts[i]);
            var property = target.GetType().GetProperty(name)!;
            if (i == parts.Length - 1 && index is null)
            {
                property.SetValue(target, value);
                break;
            }

            var next = property.GetValue(target);
            if (next is null)
            {
                next = Activator.CreateInstance(property.PropertyType)!;
                property.SetValue(target, next);
            }

            if (index is { } at)
            {
                var list = (System.Collections.IList)next;
                if (i == parts.Length - 1)
                {
                    list[at] = value;
                    break;
                }

                next = list[at] ??= Activator.CreateInstance(list.GetType().GetGenericArguments()[0])!;
            }

            target = next;
        }

        return person;
    }

    private static (string Name, int? Index) Split(string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? (part, null) : (part[..bracket], int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture));
    }
}
