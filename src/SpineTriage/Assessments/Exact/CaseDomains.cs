using SpineTriage.Rules;

namespace SpineTriage.Assessments.Exact;

/// <summary>
/// The domains of the case model: true and false, every name of an enum, a number's valid range (see
/// <see cref="CaseFieldRanges"/>) split at the thresholds the rules compare it with, a text's compared values plus one
/// other. A number compared with one other missing number arrives with the cuts of that comparison among its
/// thresholds (the engine compares the two and passes the cuts); one used otherwise in arithmetic, or compared with more than one, is
/// enumerated whole when it is a whole number with a small range (a grade, a pain score), and not at all otherwise (the
/// search gives up, conservatively).
/// </summary>
internal sealed class CaseDomains : ICompletionDomains
{
    /// <summary>The widest whole-number range enumerated value by value.</summary>
    private const int MaxWholeRange = 32;

    private static readonly DomainValue[] Booleans = [new DomainValue(false, null), new DomainValue(true, null)];

    /// <summary>
    /// Each enum's names, listed once (by reflection, boxed) rather than for every missing input of every case: part of
    /// the possible verdicts alone (the former DefaultPackMissingDataBenchmarks.EnginePossibleVerdicts; DefaultPackMissingDataBenchmarks.EngineVerdictsOnly includes them): 101,771 B to 81,321 B per case (see <see cref="ExactVerdicts"/>).
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, DomainValue[]> EnumNames = new();

    public static CaseDomains Instance { get; } = new();

    public IReadOnlyList<DomainValue>? ValuesOf(string path, Type type, InputUses uses)
    {
        if (type == typeof(bool))
        {
            return Booleans;
        }

        if (type.IsEnum)
        {
            return EnumNames.GetOrAdd(type, static type => [.. Enum.GetValues(type).Cast<object>().Select(value => new DomainValue(value, null))]);
        }

        if (type == typeof(string))
        {
            return uses.Otherwise ? null : [.. uses.Constants.OfType<string>().Order(StringComparer.Ordinal).Append(OtherText(uses)).Select(text => new DomainValue(text, null))];
        }

        if (type != typeof(int) && type != typeof(long) && type != typeof(short) && type != typeof(double) && type != typeof(decimal))
        {
            return null;
        }

        var (minimum, maximum) = RangeOf(path) ?? (double.NegativeInfinity, double.PositiveInfinity);
        if (!uses.Otherwise)
        {
            return NumberDomains.AtThresholds(uses.Constants, minimum, maximum, type);
        }

        var whole = type != typeof(double) && type != typeof(decimal);
        return whole && double.IsFinite(minimum) && double.IsFinite(maximum) && maximum - minimum <= MaxWholeRange
            ? NumberDomains.EveryWholeValue(minimum, maximum, type)
            : null;
    }

    public (double Minimum, double Maximum)? RangeOf(string path) =>
        CaseFieldRanges.All.TryGetValue(Rule.PatternOf(path), out var range) ? range : null;

    /// <summary>A text none of the compared texts is.</summary>
    private static string OtherText(InputUses uses)
    {
        var other = "(other)";
        while (uses.Constants.Contains(other))
        {
            other += "'";
        }

        return other;
    }
}
