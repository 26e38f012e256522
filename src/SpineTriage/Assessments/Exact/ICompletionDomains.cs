namespace SpineTriage.Assessments.Exact;

/// <summary>The values the search for possible verdicts puts in for a missing input: its domain, split into regions.</summary>
internal interface ICompletionDomains
{
    /// <summary>The values for one missing input, one per region that the rules' comparisons on it tell apart.</summary>
    /// <param name="path">The input path, such as <c>imaging.Levels[0].AnnularFissureGrade</c>.</param>
    /// <param name="type">The input's type (an enum, bool, a number or text).</param>
    /// <param name="uses">How the residuals use it: the constants it is compared with, and whether it is used in any other way.</param>
    /// <returns>The values; null when the input cannot be enumerated (then the search gives up for its assessment).</returns>
    IReadOnlyList<DomainValue>? ValuesOf(string path, Type type, InputUses uses);
}

/// <summary>How the residuals use one missing input.</summary>
/// <param name="Constants">The constants it is compared with (==, !=, &lt;, &lt;=, &gt;, &gt;=, in), as numbers for numbers.</param>
/// <param name="Otherwise">Whether it is used in any other way: in arithmetic, compared with another input, in a call.</param>
internal sealed record InputUses(IReadOnlySet<object> Constants, bool Otherwise);
