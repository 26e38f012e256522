namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>Keys what is kept per parameter (a walk's result, a compiled tier's hoisted value) by the identity of its value node (every reference to a parameter shares that node) and whether it was read as a truth.</summary>
internal sealed class ParameterKeyComparer : IEqualityComparer<(BoundExpression Value, bool AsTruth)>
{
    public static readonly ParameterKeyComparer Instance = new();

    public bool Equals((BoundExpression Value, bool AsTruth) x, (BoundExpression Value, bool AsTruth) y) =>
        ReferenceEquals(x.Value, y.Value) && x.AsTruth == y.AsTruth;

    public int GetHashCode((BoundExpression Value, bool AsTruth) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Value), obj.AsTruth);
}
