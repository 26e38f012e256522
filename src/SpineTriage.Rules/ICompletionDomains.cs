namespace SpineTriage.Rules;

/// <summary>
/// The values the search for possible verdicts (<see cref="VerdictPrecedence.Resolve"/>) puts in for a missing input:
/// its domain, split into regions. The host implements it from its own model (enum names, valid ranges); the search asks
/// once per missing input, never per node it evaluates.
/// </summary>
public interface ICompletionDomains
{
    /// <summary>The values for one missing input, one per region that the rules' comparisons on it tell apart.</summary>
    /// <param name="path">The input path, such as <c>order.Lines[0].Quantity</c>.</param>
    /// <param name="type">The input's type (an enum, bool, a number or text).</param>
    /// <param name="uses">How the residuals use it: the constants it is compared with, and whether it is used in any other way.</param>
    /// <returns>The values; null when the input cannot be enumerated (then the search gives up).</returns>
    IReadOnlyList<DomainValue>? ValuesOf(string path, Type type, InputUses uses);

    /// <summary>
    /// The valid range of a number input: where a comparison of it with another missing number is cut besides its own
    /// thresholds. Asked once per such comparison.
    /// </summary>
    /// <param name="path">The input path, such as <c>order.Lines[0].Quantity</c>.</param>
    /// <returns>The least and greatest valid values (either may be infinite); null when the input has no known range.</returns>
    (double Minimum, double Maximum)? RangeOf(string path);
}

/// <summary>How the residuals use one missing input.</summary>
/// <param name="Constants">The constants it is compared with (==, !=, &lt;, &lt;=, &gt;, &gt;=, in), as numbers for numbers.</param>
/// <param name="Otherwise">Whether it is used in any other way: in arithmetic, compared with another input, in a call.</param>
public sealed record InputUses(IReadOnlySet<object> Constants, bool Otherwise);
