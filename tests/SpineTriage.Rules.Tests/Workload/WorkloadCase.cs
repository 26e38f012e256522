namespace SpineTriage.Rules.Tests.Workload;

// The 30-field input of the 20-rule workload (shared with benchmarks/SpineTriage.Benchmarks by a linked file).
public enum WorkloadStenosis
{
    None,
    Mild,
    Moderate,
    Severe,
}

public sealed class WorkloadLevel
{
    public string Name { get; set; } = "L4-L5";

    public double? TranslationMm { get; set; }

    public int? MeyerdingGrade { get; set; }

    public WorkloadStenosis? Stenosis { get; set; }

    public int? PfirrmannGrade { get; set; }
}

public sealed class WorkloadCase
{
    public int Age { get; set; }

    public double? Bmi { get; set; }

    public bool Smoker { get; set; }

    public int? NicotineFreeWeeks { get; set; }

    public double? CotinineNgMl { get; set; }

    public bool Diabetic { get; set; }

    public double? Hba1cPercent { get; set; }

    public double? DexaTScore { get; set; }

    public int AsaClass { get; set; }

    public string? PsychScreen { get; set; }

    public int DurationWeeks { get; set; }

    public int? BackPainNrs { get; set; }

    public int? LegPainNrs { get; set; }

    public int? Odi { get; set; }

    public bool Radicular { get; set; }

    public bool LegPainBelowKnee { get; set; }

    public List<string> RedFlags { get; set; } = [];

    public string MotorDeficit { get; set; } = "none";

    public bool? ImagingConcordant { get; set; }

    public int? ImagingAgeMonths { get; set; }

    public double? CobbDeg { get; set; }

    public double? SvaCm { get; set; }

    public double? PiMinusLlDeg { get; set; }

    public List<WorkloadLevel> Levels { get; set; } = [];

    public int PtWeeks { get; set; }

    public int PtSessionsPerWeek { get; set; }

    public bool HomeProgram { get; set; }

    public string? Improvement { get; set; }

    public bool PriorFusion { get; set; }

    public int? MonthsSinceFusion { get; set; }

    /// <summary>A random case; each nullable field is null with probability <paramref name="nullRate"/>.</summary>
    public static WorkloadCase Random(Random random, double nullRate)
    {
        T? Maybe<T>(T value) where T : struct => random.NextDouble() < nullRate ? null : value;
        string? MaybeText(string value) => random.NextDouble() < nullRate ? null : value;
        string Pick(params string[] values) => values[random.Next(values.Length)];
        double Tenths(double min, double max) => Math.Round(min + (random.NextDouble() * (max - min)), 1);

        var flags = new[] { "saddleAnesthesia", "urinaryRetention", "fever", "nightPain", "cancerHistory" };
        var levels = new List<WorkloadLevel>();
        for (var i = random.Next(4); i > 0; i--)
        {
            levels.Add(new WorkloadLevel
            {
                Name = Pick("L3-L4", "L4-L5", "L5-S1"),
                TranslationMm = Maybe(Tenths(0, 6)),
                MeyerdingGrade = Maybe(random.Next(4)),
                Stenosis = Maybe((WorkloadStenosis)random.Next(4)),
                PfirrmannGrade = Maybe(random.Next(1, 6)),
            });
        }

        return new WorkloadCase
        {
            Age = random.Next(18, 90),
            Bmi = Maybe(Tenths(17, 48)),
            Smoker = random.Next(2) == 0,
            NicotineFreeWeeks = Maybe(random.Next(12)),
            CotinineNgMl = Maybe(Tenths(0, 30)),
            Diabetic = random.Next(3) == 0,
            Hba1cPercent = Maybe(Tenths(5, 10)),
            DexaTScore = Maybe(Tenths(-4, 1)),
            AsaClass = random.Next(1, 5),
            PsychScreen = MaybeText(Pick("none", "managed", "unmanaged")),
            DurationWeeks = random.Next(60),
            BackPainNrs = Maybe(random.Next(11)),
            LegPainNrs = Maybe(random.Next(11)),
            Odi = Maybe(random.Next(101)),
            Radicular = random.Next(2) == 0,
            LegPainBelowKnee = random.Next(2) == 0,
            RedFlags = [.. flags.Where(_ => random.Next(8) == 0)],
            MotorDeficit = Pick("none", "stable", "progressive"),
            ImagingConcordant = Maybe(random.Next(3) > 0),
            ImagingAgeMonths = Maybe(random.Next(40)),
            CobbDeg = Maybe(Tenths(0, 45)),
            SvaCm = Maybe(Tenths(0, 12)),
            PiMinusLlDeg = Maybe(Tenths(-5, 30)),
            Levels = levels,
            PtWeeks = random.Next(20),
            PtSessionsPerWeek = random.Next(4),
            HomeProgram = random.Next(2) == 0,
            Improvement = MaybeText(Pick("none", "partial", "resolved")),
            PriorFusion = random.Next(4) == 0,
            MonthsSinceFusion = Maybe(random.Next(24)),
        };
    }
}
