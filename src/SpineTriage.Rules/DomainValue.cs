using SpineTriage.Rules.Analysis.Precedence;

namespace SpineTriage.Rules;

/// <summary>
/// One value a missing input takes in the search for possible verdicts, standing for every value of its region:
/// the numbers between two neighbouring thresholds the rules compare the input with (or a threshold itself), one
/// enum name, true or false, or one text.
/// </summary>
/// <param name="Value">The value put in for the input (of the input's type).</param>
/// <param name="Region">For a number, the values it stands for; null for anything else (it stands for itself).</param>
public sealed record DomainValue(object Value, NumericRegion? Region)
{
    /// <summary>
    /// The values of a number input split at the thresholds the rules compare it with: one value per region on which
    /// every such comparison comes out the same (below the first threshold, the threshold itself, between it and the
    /// next, and so on), within the input's valid range.
    /// </summary>
    /// <param name="thresholds">The thresholds (<see cref="InputUses.Constants"/> as numbers); infinite ones are ignored.</param>
    /// <param name="minimum">The least valid value (may be negative infinity).</param>
    /// <param name="maximum">The greatest valid value (may be positive infinity).</param>
    /// <param name="type">The input's number type; a whole-number type gets whole values.</param>
    /// <returns>The values, in ascending order, each with its <see cref="NumericRegion"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> or <paramref name="type"/> is null.</exception>
    public static IReadOnlyList<DomainValue> SplitNumbers(IEnumerable<double> thresholds, double minimum, double maximum, Type type)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(type);
        return NumericRegions.Split(thresholds, minimum, maximum, type);
    }
}

/// <summary>
/// The numbers one <see cref="DomainValue"/> stands for: from <see cref="Low"/> to <see cref="High"/>, each end
/// included or not, and whether the region reaches the input's lowest or highest valid value (so that it reads
/// "8 or more" rather than "from 8 to 20").
/// </summary>
/// <param name="Low">The lowest number of the region.</param>
/// <param name="LowIncluded">Whether <paramref name="Low"/> itself is in the region.</param>
/// <param name="High">The highest number of the region.</param>
/// <param name="HighIncluded">Whether <paramref name="High"/> itself is in the region.</param>
/// <param name="FromMinimum">Whether the region starts at the input's least valid value.</param>
/// <param name="ToMaximum">Whether the region ends at the input's greatest valid value.</param>
public readonly record struct NumericRegion(double Low, bool LowIncluded, double High, bool HighIncluded, bool FromMinimum, bool ToMaximum);
