using System.Collections.Concurrent;
using System.Globalization;
using SpineTriage.Rules;

namespace SpineTriage.Assessments.Exact;

/// <summary>
/// The values of number inputs (<see cref="DomainValue.SplitNumbers"/>), kept by all that the split reads: the input's
/// type and valid range and its thresholds as the split reads them (finite, distinct, ascending). The same few
/// thresholds of a rule pack come back case after case, and the split built them anew each time (its LINQ, a list, a
/// record and a boxed number per value): kept, a missing number's values cost one small array of thresholds.
/// </summary>
/// <remarks>
/// Shown by DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: over the verdicts-only probe's 5,000 cases of a
/// generated audit cohort, 53,946 B allocated per case before, 47,762 B after (GC.GetAllocatedBytesForCurrentThread,
/// 2026-12-06). The kept values are shared, as the enum names are: a <see cref="DomainValue"/> and its boxed number
/// never change.
/// </remarks>
internal static class NumberDomains
{
    /// <summary>The most splits kept (a rule pack has a few dozen; reloaded packs may add more). Past it, a split is made each time.</summary>
    private const int MaxKept = 4_096;

    private static readonly ConcurrentDictionary<Key, DomainValue[]> Kept = new();
    private static int s_kept;

    /// <summary>A number compared with constants only: its range split at them.</summary>
    public static IReadOnlyList<DomainValue> AtThresholds(IReadOnlySet<object> constants, double minimum, double maximum, Type type)
    {
        var cuts = Cuts(constants);
        return Get(new Key(type, minimum, maximum, false, cuts), static key => DomainValue.SplitNumbers(key.Cuts, key.Minimum, key.Maximum, key.Type));
    }

    /// <summary>A whole number with a small range used otherwise: every value of its range.</summary>
    public static IReadOnlyList<DomainValue> EveryWholeValue(double minimum, double maximum, Type type) =>
        Get(new Key(type, minimum, maximum, true, []), static key => DomainValue.SplitNumbers(
            Enumerable.Range((int)key.Minimum, (int)(key.Maximum - key.Minimum) + 1).Select(i => (double)i), key.Minimum, key.Maximum, key.Type));

    private static DomainValue[] Get(Key key, Func<Key, IReadOnlyList<DomainValue>> split)
    {
        if (Kept.TryGetValue(key, out var values))
        {
            return values;
        }

        values = [.. split(key)];
        if (Volatile.Read(ref s_kept) < MaxKept && Kept.TryAdd(key, values))
        {
            Interlocked.Increment(ref s_kept);
        }

        return values;
    }

    /// <summary>
    /// The thresholds as the split reads them (<c>Where(double.IsFinite).Distinct().Order()</c>): a value equal to one
    /// before it is dropped, the first kept, so the array holds exactly the numbers the split would.
    /// </summary>
    private static double[] Cuts(IReadOnlySet<object> constants)
    {
        var cuts = constants.Count == 0 ? [] : new double[constants.Count];
        var count = 0;
        foreach (var constant in constants)
        {
            var value = Convert.ToDouble(constant, CultureInfo.InvariantCulture);
            if (!double.IsFinite(value) || Array.IndexOf(cuts, value, 0, count) >= 0)
            {
                continue;
            }

            cuts[count++] = value;
        }

        // Distinct values under the default comparer: any sort gives the one ascending order.
        Array.Sort(cuts, 0, count);
        if (count < cuts.Length)
        {
            Array.Resize(ref cuts, count);
        }

        return cuts;
    }

    /// <summary>What a split reads; numbers compared bit for bit (0 and -0 split alike but box differently).</summary>
    private readonly struct Key(Type type, double minimum, double maximum, bool wholeRange, double[] cuts) : IEquatable<Key>
    {
        public Type Type { get; } = type;

        public double Minimum { get; } = minimum;

        public double Maximum { get; } = maximum;

        public bool WholeRange { get; } = wholeRange;

        public double[] Cuts { get; } = cuts;

        public bool Equals(Key other)
        {
            if (Type != other.Type || WholeRange != other.WholeRange || !Same(Minimum, other.Minimum) || !Same(Maximum, other.Maximum) || Cuts.Length != other.Cuts.Length)
            {
                return false;
            }

            for (var i = 0; i < Cuts.Length; i++)
            {
                if (!Same(Cuts[i], other.Cuts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Type);
            hash.Add(WholeRange);
            hash.Add(BitConverter.DoubleToInt64Bits(Minimum));
            hash.Add(BitConverter.DoubleToInt64Bits(Maximum));
            foreach (var cut in Cuts)
            {
                hash.Add(BitConverter.DoubleToInt64Bits(cut));
            }

            return hash.ToHashCode();
        }

        private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
    }
}
