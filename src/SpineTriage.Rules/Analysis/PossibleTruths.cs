using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Analysis;

/// <summary>The truth values a condition can take over all inputs, as a set.</summary>
[Flags]
internal enum Truths
{
    None = 0,
    True = 1,
    False = 2,
    Unknown = 4,
    Any = True | False | Unknown,
}

/// <summary>
/// A conservative analysis of which truth values a bound condition can take: constant parts (literals, thresholds and
/// arithmetic on them) are folded, <c>and</c>/<c>or</c>/<c>not</c> follow Kleene logic, and an <c>and</c> of comparisons
/// that bound the same member to an empty range (<c>x &gt; 5 &amp;&amp; x &lt; 3</c>) cannot be true. Anything reading an
/// input may be anything, so a warning is raised only when a value is certainly impossible.
/// </summary>
internal static class PossibleTruths
{
    public static Truths Of(BoundExpression node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (ConstantFolding.TryFold(node, out var value))
        {
            return value is bool b ? b ? Truths.True : Truths.False : Truths.Unknown;
        }

        return node switch
        {
            BoundParameter parameter => Of(parameter.Value),
            BoundUnary { Operator: UnaryOperator.Not } not => Negate(Of(not.Operand)),
            BoundBinary { Operator: BinaryOperator.And } and => EmptyRange.In(and) ? Combine(Of(and.Left), Of(and.Right), And) & ~Truths.True : Combine(Of(and.Left), Of(and.Right), And),
            BoundBinary { Operator: BinaryOperator.Or } or => Combine(Of(or.Left), Of(or.Right), Or),
            BoundNullTest => Truths.True | Truths.False,
            BoundCollectionCall { Method: CollectionMethod.Any, Body: { } body } any => (Of(body) & Truths.True) | Truths.False | Truths.Unknown,
            BoundCollectionCall { Method: CollectionMethod.All, Body: { } body } all => (Of(body) & Truths.False) | Truths.True | Truths.Unknown,
            _ => Truths.Any,
        };
    }

    /// <summary>The Kleene combination (<see cref="Kleene"/>) of every pair of possible operand values.</summary>
    public static Truths Combine(Truths left, Truths right, Func<Truths, Truths, Truths> op)
    {
        var result = Truths.None;
        foreach (var l in Each(left))
        {
            foreach (var r in Each(right))
            {
                result |= op(l, r);
            }
        }

        return result;
    }

    public static Truths And(Truths left, Truths right) => Of(Kleene.And(TruthOf(left), TruthOf(right)));

    public static Truths Or(Truths left, Truths right) => Of(Kleene.Or(TruthOf(left), TruthOf(right)));

    public static Truths Negate(Truths truths)
    {
        var result = Truths.None;
        foreach (var truth in Each(truths))
        {
            result |= Of(Kleene.Not(TruthOf(truth)));
        }

        return result;
    }

    /// <summary>The set holding one truth.</summary>
    private static Truths Of(Truth truth) => truth switch
    {
        Truth.True => Truths.True,
        Truth.False => Truths.False,
        _ => Truths.Unknown,
    };

    /// <summary>The truth of a set holding exactly one.</summary>
    private static Truth TruthOf(Truths single) => single switch
    {
        Truths.True => Truth.True,
        Truths.False => Truth.False,
        _ => Truth.Unknown,
    };

    private static IEnumerable<Truths> Each(Truths truths) =>
        new[] { Truths.True, Truths.False, Truths.Unknown }.Where(t => (truths & t) != 0);
}
