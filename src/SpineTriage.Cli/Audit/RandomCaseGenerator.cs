using SpineTriage.Cases;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Random but clinically plausible, valid cases for demonstrating and benchmarking audits: most fields present,
/// some missing (as in real records), a few red flags, prior fusions in about one case in seven, and no contradiction
/// the case validator would refuse. The same seed gives the same cases.
/// </summary>
internal sealed partial class RandomCaseGenerator(int seed)
{
    private static readonly string[] LevelNames = ["L2-L3", "L3-L4", "L4-L5", "L5-S1"];

    private readonly Random _random = new(seed);

    public PatientCase Next()
    {
        var patient = MaybeOf(0.97, Patient);
        var symptoms = MaybeOf(0.97, Symptoms);
        var surgery = MaybeOf(0.9, Surgery);
        return new PatientCase
        {
            Patient = patient,
            Symptoms = symptoms,
            Imaging = MaybeOf(0.9, () => Imaging(surgery?.AdjacentLevel)),
            Care = MaybeOf(0.85, Care),
            Surgery = surgery,
        };
    }

    private PatientDetails Patient()
    {
        var age = _random.Next(18, 91);
        var smoking = Pick(0.55, SmokingStatus.Never, 0.3, SmokingStatus.Former, SmokingStatus.Current);
        var diabetes = Chance(0.2);
        return new PatientDetails
        {
            Age = age,
            Sex = Pick(0.5, Sex.Female, 0.49, Sex.Male, Sex.Other),
            Bmi = Maybe(0.85, () => Round(Between(18, 48), 1)),
            SmokingStatus = Maybe(0.9, () => smoking),
            NicotineFreeWeeks = smoking == SmokingStatus.Former ? Maybe(0.7, () => _random.Next(0, 260)) : null,
            CotinineNgMl = Maybe(0.1, () => Round(Between(0, smoking == SmokingStatus.Current ? 300 : 15), 0)),
            Diabetes = Maybe(0.85, () => diabetes),
            HbA1cPercent = diabetes ? Maybe(0.7, () => Round(Between(5.6, 10.5), 1)) : Maybe(0.1, () => Round(Between(4.6, 6.4), 1)),
            DexaTScoreMin = Maybe(age > 65 ? 0.6 : 0.1, () => Round(Between(-4, 1), 1)),
            CtHounsfieldL1 = Maybe(0.15, () => Round(Between(60, 250), 0)),
            VitaminDNgMl = Maybe(0.3, () => Round(Between(8, 60), 0)),
            AlbuminGDl = Maybe(0.3, () => Round(Between(2.8, 5), 1)),
            AsaClass = Maybe(0.6, () => _random.Next(1, 5)),
            PsychScreen = Maybe(0.6, () => Pick(0.8, PsychScreen.None, 0.15, PsychScreen.Managed, PsychScreen.Unmanaged)),
            CrpMgL = Maybe(0.15, () => Round(Chance(0.85) ? Between(0.2, 10) : Between(10, 150), 1)),
            EsrMmH = Maybe(0.12, () => Round(Chance(0.85) ? Between(2, 30) : Between(30, 110), 0)),
            WoundDrainage = Maybe(0.1, () => Chance(0.05)),
            RecentFeverOver38C = Maybe(0.15, () => Chance(0.04)),
            Pregnant = Maybe(0.2, () => age < 50 && Chance(0.03)),
            BleedingDisorder = Maybe(0.3, () => Chance(0.02)),
            ContrastAllergy = Maybe(0.3, () => Chance(0.04)),
        };
    }

    private SymptomFindings Symptoms()
    {
        var radicular = Chance(0.45);
        var redFlags = MaybeOf(0.8, RedFlags);
        return new SymptomFindings
        {
            DurationWeeks = Maybe(0.92, () => Chance(0.2) ? _random.Next(1, 6) : _random.Next(6, 260)),
            BackPainNrs = Maybe(0.8, () => _random.Next(0, 11)),
            LegPainNrs = Maybe(0.7, () => _random.Next(0, 11)),
            BackPainVasMm = Maybe(0.2, () => Round(Between(0, 100), 0)),
            LegPainVasMm = Maybe(0.15, () => Round(Between(0, 100), 0)),
            Odi = Maybe(0.6, () => _random.Next(0, 81)),
            Rmdq = Maybe(0.2, () => _random.Next(0, 25)),
            Radicular = Maybe(0.85, () => radicular),
            LegPainBelowKnee = Maybe(0.7, () => radicular && Chance(0.8)),
            RedFlags = redFlags,
            RedFlagsWorkedUp = redFlags is { Count: > 0 } && Chance(0.4) ? redFlags.Where(_ => Chance(0.7)).ToList() : null,
            MotorDeficit = Maybe(0.8, () => Pick(0.85, MotorDeficit.None, 0.11, MotorDeficit.Stable, MotorDeficit.Progressive)),
            ImagingConcordant = Maybe(0.8, () => Chance(0.85)),
        };
    }

    private IReadOnlyList<RedFlag> RedFlags()
    {
        if (!Chance(0.06))
        {
            return [];
        }

        var all = Enum.GetValues<RedFlag>();
        return Enumerable.Range(0, _random.Next(1, 3)).Select(_ => all[_random.Next(all.Length)]).Distinct().ToList();
    }

    private T? MaybeOf<T>(double probability, Func<T> make)
        where T : class =>
        Chance(probability) ? make() : null;

    private T? Maybe<T>(double probability, Func<T> make)
        where T : struct =>
        Chance(probability) ? make() : null;

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private double Between(double low, double high) => low + (_random.NextDouble() * (high - low));

    private static double Round(double value, int digits) => Math.Round(value, digits);

    private T Pick<T>(double first, T a, double second, T b, T c)
    {
        var roll = _random.NextDouble();
        return roll < first ? a : roll < first + second ? b : c;
    }

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];
}
