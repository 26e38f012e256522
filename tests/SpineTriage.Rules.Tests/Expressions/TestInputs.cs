namespace SpineTriage.Rules.Tests.Expressions;

public enum Grade
{
    None = 0,
    Mild = 1,
    Moderate = 2,
    Severe = 3,
}

public sealed class Person
{
    public int? Age { get; set; }

    public double? Bmi { get; set; }

    public decimal? Dose { get; set; }

    public string? Name { get; set; }

    public bool? Smoker { get; set; }

    public Grade? Stenosis { get; set; }

    public int Visits { get; set; }

    public short? Level { get; set; }

    public Address? Address { get; set; }

    public List<Segment>? Segments { get; set; }

    public List<Grade>? Flags { get; set; }

    public int[]? Scores { get; set; }

    public IEnumerable<string>? Tags { get; set; }

    public DateTime? Seen { get; set; }

    public DateOnly? Born { get; set; }

    public Person Clone() => new()
    {
        Age = Age, Bmi = Bmi, Dose = Dose, Name = Name, Smoker = Smoker, Stenosis = Stenosis, Visits = Visits, Level = Level,
        Address = Address is null ? null : new Address { City = Address.City, Zip = Address.Zip },
        Segments = Segments?.Select(s => s is null ? null! : new Segment { Name = s.Name, TranslationMm = s.TranslationMm, Grade = s.Grade, Height = s.Height }).ToList(),
        Flags = Flags?.ToList(), Scores = Scores?.ToArray(), Tags = Tags?.ToList(), Seen = Seen, Born = Born,
    };
}

public sealed class Address
{
    public string? City { get; set; }

    public int? Zip { get; set; }
}

public sealed class Segment
{
    public string? Name { get; set; }

    public double? TranslationMm { get; set; }

    public Grade Grade { get; set; }

    public int? Height { get; set; }
}

public sealed class Hostile
{
    public Type? Type { get; set; }

    public object? Anything { get; set; }

    public Action? Callback { get; set; }

    public int Value { get; set; }

    public int value { get; set; }
}
