using FsCheck;
using FsCheck.Fluent;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>Random people with any member possibly missing (null), and a way to fill in what is missing.</summary>
internal static class PersonGenerators
{
    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant((T?)null)), (3, gen.Select(v => (T?)v)));

    private static Gen<T?> OrNullRef<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant((T?)null)), (3, gen.Select(v => (T?)v)));

    private static Gen<string> Text => Gen.Elements("", "a", "Ann", " x ", "ANN", "ann lee");

    private static Gen<Segment> Segment =>
        Gen.Zip(Gen.Zip(OrNullRef(Text), OrNull(Gen.Choose(0, 60).Select(i => i / 10.0))), Gen.Zip(Gen.Elements(Enum.GetValues<Grade>()), OrNull(Gen.Choose(-3, 12))))
            .Select(p => new Segment { Name = p.Item1.Item1, TranslationMm = p.Item1.Item2, Grade = p.Item2.Item1, Height = p.Item2.Item2 });

    public static Gen<Person> People =>
        from numbers in Gen.Zip(Gen.Zip(OrNull(Gen.Choose(-5, 90)), OrNull(Gen.Choose(0, 500).Select(i => i / 10.0))), Gen.Zip(OrNull(Gen.Choose(-50, 50).Select(i => i / 4m)), Gen.Choose(0, 9)))
        from flags in Gen.Zip(Gen.Zip(OrNullRef(Text), OrNull(Gen.Elements(true, false))), Gen.Zip(OrNull(Gen.Elements(Enum.GetValues<Grade>())), OrNull(Gen.Choose(0, 9).Select(i => (short)i))))
        from address in OrNullRef(Gen.Zip(OrNullRef(Text), OrNull(Gen.Choose(0, 9))).Select(a => new Address { City = a.Item1, Zip = a.Item2 }))
        from segments in OrNullRef(Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Gen.Frequency((1, Gen.Constant<Segment>(null!)), (5, Segment)), n)).Select(l => l.ToList()))
        from lists in Gen.Zip(OrNullRef(Gen.ListOf(Gen.Elements(Enum.GetValues<Grade>())).Select(l => l.ToList())), OrNullRef(Gen.ArrayOf(Gen.Choose(0, 5))))
        from dates in Gen.Zip(OrNull(Gen.Choose(0, 3_000).Select(d => new DateTime(2018, 1, 1).AddDays(d).AddHours(d % 5 * 6))), OrNull(Gen.Choose(0, 30_000).Select(d => new DateOnly(1930, 1, 1).AddDays(d))))
        select new Person
        {
            Age = numbers.Item1.Item1, Bmi = numbers.Item1.Item2, Dose = numbers.Item2.Item1, Visits = numbers.Item2.Item2,
            Name = flags.Item1.Item1, Smoker = flags.Item1.Item2, Stenosis = flags.Item2.Item1, Level = flags.Item2.Item2,
            Address = address, Segments = segments, Flags = lists.Item1, Scores = lists.Item2, Seen = dates.Item1, Born = dates.Item2,
        };

    /// <summary>A copy with every missing member (including nested and null elements) filled in from the generator.</summary>
    public static Gen<(Person Before, Person After)> WithMissingFilledIn => People.SelectMany(before => People.SelectMany(filler =>
        Gen.Choose(0, 1000).Select(salt => (before, Fill(before.Clone(), filler, salt)))));

    private static Person Fill(Person person, Person filler, int salt)
    {
        person.Age ??= filler.Age ?? salt % 90;
        person.Bmi ??= filler.Bmi ?? salt / 20.0;
        person.Dose ??= filler.Dose ?? salt / 8m;
        person.Name ??= filler.Name ?? "filled";
        person.Smoker ??= filler.Smoker ?? salt % 2 == 0;
        person.Stenosis ??= filler.Stenosis ?? (Grade)(salt % 4);
        person.Level ??= filler.Level ?? (short)(salt % 7);
        person.Address ??= new Address();
        person.Address.City ??= filler.Address?.City ?? "city";
        person.Address.Zip ??= filler.Address?.Zip ?? salt % 9;
        person.Segments ??= filler.Segments?.Where(s => s is not null).ToList() ?? [];
        for (var i = 0; i < person.Segments.Count; i++)
        {
            var segment = person.Segments[i] ??= new Segment { Grade = (Grade)(salt % 4) };
            segment.Name ??= "seg";
            segment.TranslationMm ??= (salt + i) % 50 / 10.0;
            segment.Height ??= (salt + i) % 12;
        }

        person.Flags ??= filler.Flags ?? [];
        person.Scores ??= filler.Scores ?? [salt % 5];
        person.Seen ??= filler.Seen ?? new DateTime(2020, 1, 1).AddDays(salt);
        person.Born ??= filler.Born ?? new DateOnly(1950, 1, 1).AddDays(salt * 10);
        return person;
    }
}
