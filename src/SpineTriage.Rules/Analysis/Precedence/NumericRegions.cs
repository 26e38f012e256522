using System.Globalization;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// Splits a number's valid range at the thresholds it is compared with into regions on which every such comparison
/// comes out the same: below the first threshold, the threshold itself, between it and the next, and so on. One value
/// per region is enough to see every verdict those comparisons can give.
/// </summary>
internal static class NumericRegions
{
    public static List<DomainValue> Split(IEnumerable<double> thresholds, double minimum, double maximum, Type type)
    {
        var integer = type != typeof(double) && type != typeof(float) && type != typeof(decimal);
        var cuts = thresholds.Where(double.IsFinite).Distinct().Order().ToList();
        var values = new List<DomainValue>();
        var below = double.NegativeInfinity;
        for (var i = 0; i <= cuts.Count; i++)
        {
            var above = i < cuts.Count ? cuts[i] : double.PositiveInfinity;
            AddBetween(values, below, above, minimum, maximum, integer, type);
            if (i < cuts.Count)
            {
                AddPoint(values, cuts[i], minimum, maximum, integer, type);
                below = cuts[i];
            }
        }

        return values;
    }

    /// <summary>The numbers strictly between two thresholds (or from the range's ends), when there are any.</summary>
    private static void AddBetween(List<DomainValue> values, double below, double above, double minimum, double maximum, bool integer, Type type)
    {
        var (low, lowIncluded) = below < minimum ? (minimum, true) : (below, false);
        var (high, highIncluded) = above > maximum ? (maximum, true) : (above, false);
        double representative;
        if (integer)
        {
            var first = lowIncluded ? Math.Ceiling(low) : Math.Floor(low) + 1;
            var last = highIncluded ? Math.Floor(high) : Math.Ceiling(high) - 1;
            if (first > last)
            {
                return;
            }

            representative = double.IsFinite(first) ? first : double.IsFinite(last) ? last : 0;
        }
        else
        {
            if (low > high || (low == high && !(lowIncluded && highIncluded)))
            {
                return;
            }

            representative = double.IsFinite(low) && double.IsFinite(high) ? low + ((high - low) / 2)
                : double.IsFinite(low) ? low + 1
                : double.IsFinite(high) ? high - 1
                : 0;
        }

        var region = new NumericRegion(low, lowIncluded, high, highIncluded, lowIncluded, highIncluded);
        values.Add(new DomainValue(Typed(representative, type), region));
    }

    private static void AddPoint(List<DomainValue> values, double cut, double minimum, double maximum, bool integer, Type type)
    {
        if (cut < minimum || cut > maximum || (integer && cut != Math.Floor(cut)))
        {
            return;
        }

        values.Add(new DomainValue(Typed(cut, type), new NumericRegion(cut, true, cut, true, cut == minimum, cut == maximum)));
    }

    private static object Typed(double value, Type type) => type == typeof(double) ? value : Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
}
