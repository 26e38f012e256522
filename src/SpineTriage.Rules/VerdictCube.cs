namespace SpineTriage.Rules;

/// <summary>
/// A box of completions of the missing inputs that all give one verdict: for each <see cref="SearchVariable"/>, the
/// index of the one value it was given, or -1 when any of its values gives the verdict.
/// </summary>
public sealed class VerdictCube
{
    internal VerdictCube(string verdict, int[] indexes)
    {
        Verdict = verdict;
        Indexes = indexes;
    }

    /// <summary>Gets the verdict every completion in the cube gives.</summary>
    public string Verdict { get; }

    /// <summary>Gets, for each search variable (index for index), the index in its <see cref="SearchVariable.Values"/> of the value given, or -1 for any.</summary>
    public IReadOnlyList<int> Values => Indexes;

    /// <summary>Gets the same as <see cref="Values"/>, as the array the search reads pair by pair.</summary>
    internal int[] Indexes { get; }
}
