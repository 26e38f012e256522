using SpineTriage.Rules.Analysis.Precedence;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules;

/// <summary>
/// One missing input the search for possible verdicts assigns, with the values it puts in for it; or a yes/no
/// condition over a collection or object missing as a whole (<see cref="IsCondition"/>), searched as true and false.
/// </summary>
public sealed class SearchVariable
{
    internal SearchVariable(int index, string path, IReadOnlyList<DomainValue> values, BoundExpression? atom = null)
    {
        Index = index;
        Path = path;
        Values = values;
        Atom = atom;
    }

    /// <summary>Gets the input's member path (<c>order.Total</c>), or for a condition the path of the collection or object it reads whole.</summary>
    public string Path { get; }

    /// <summary>Gets the values the search puts in, each standing for its region (see <see cref="DomainValue"/>).</summary>
    public IReadOnlyList<DomainValue> Values { get; }

    /// <summary>Gets a value indicating whether the variable is a yes/no condition over a collection or object missing as a whole rather than an input.</summary>
    public bool IsCondition => Atom is not null;

    /// <summary>Gets the index of the input among the residual session's inputs.</summary>
    internal int Index { get; }

    /// <summary>Gets the condition the variable stands for (see <see cref="CollectionAtoms"/>); null for an input.</summary>
    internal BoundExpression? Atom { get; }
}
