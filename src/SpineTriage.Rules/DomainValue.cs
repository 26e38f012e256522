namespace SpineTriage.Rules;

/// <summary>
/// One value a missing input takes in the search for possible verdicts, standing for every value of its region:
/// the numbers between two neighbouring thresholds the rules compare the input with (or a threshold itself), one
/// enum name, true or false, or one text.
/// </summary>
/// <param name="Value">The value put in for the input (of the input's type).</param>
/// <param name="Region">For a number, the values it stands for; null for anything else (it stands for itself).</param>
internal sealed record DomainValue(object Value, NumericRegion? Region);

/// <summary>
/// The numbers one <see cref="DomainValue"/> stands for: from <see cref="Low"/> to <see cref="High"/>, each end
/// included or not, and whether the region reaches the input's lowest or highest valid value (so that it reads
/// "8 or more" rather than "from 8 to 20").
/// </summary>
internal readonly record struct NumericRegion(double Low, bool LowIncluded, double High, bool HighIncluded, bool FromMinimum, bool ToMaximum);
