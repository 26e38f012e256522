using FsCheck;
using FsCheck.Fluent;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>List views against LINQ to Objects as the oracle: the same order (stable, ties kept) and the same slices, in every tier.</summary>
public sealed class ListViewProperties
{
    private static readonly Arbitrary<(int[] Scores, int Skip, int Take, bool Descending)> Slices =
        Gen.Zip(Gen.Zip(Gen.ArrayOf(Gen.Choose(-5, 5)), Gen.Choose(-2, 6)), Gen.Zip(Gen.Choose(-2, 6), Gen.Elements(true, false)))
            .Select(p => (p.Item1.Item1, p.Item1.Item2, p.Item2.Item1, p.Item2.Item2)).ToArbitrary();

    private static readonly Arbitrary<List<Segment>> Segments =
        Gen.Choose(0, 5).SelectMany(n => Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Elements(Enum.GetValues<Grade>())), n))
            .Select(items => items.Select((p, i) => new Segment { Name = $"s{i}", Height = p.Item1, Grade = p.Item2 }).ToList()).ToArbitrary();

    [ReplayableProperty(60)]
    public Property Ordering_and_slicing_numbers_agrees_with_LINQ() =>
        Prop.ForAll(Slices, c =>
        {
            var order = c.Descending ? "OrderByDescending" : "OrderBy";
            var text = $"person.Scores.{order}(it).Skip({c.Skip}).Take({c.Take}).Sum()";
            var ordered = c.Descending ? c.Scores.OrderByDescending(s => s) : c.Scores.OrderBy(s => s);
            var expected = ordered.Skip(c.Skip).Take(c.Take).Sum();
            return Equals(expected, ExpressionFixture.Value(text, new Person { Scores = c.Scores })).Label($"{text} over [{string.Join(", ", c.Scores)}]");
        });

    [ReplayableProperty(25)]
    public Property Ties_keep_the_list_order_as_LINQ_does() =>
        Prop.ForAll(Segments, segments =>
        {
            var person = new Person { Segments = segments };
            var byHeight = segments.OrderByDescending(s => s.Height).Select(s => s.Name).ToList();
            var byGrade = segments.OrderBy(s => s.Grade).Select(s => s.Name).ToList();
            var all = Enumerable.Range(0, segments.Count).All(i =>
                Equals(byHeight[i], ExpressionFixture.Value($"person.Segments.OrderByDescending(s => s.Height)[{i}].Name", person))
                && Equals(byGrade[i], ExpressionFixture.Value($"person.Segments.OrderBy(Grade).Skip({i}).FirstOrDefault().Name", person)));
            return all.Label(string.Join(", ", segments.Select(s => $"{s.Name}:{s.Height}:{s.Grade}")));
        });
}
