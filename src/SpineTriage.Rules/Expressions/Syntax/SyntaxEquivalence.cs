namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>Structural equality of syntax trees that ignores spans: what parse(print(tree)) must preserve.</summary>
internal static class SyntaxEquivalence
{
    public static bool AreEquivalent(SyntaxNode? left, SyntaxNode? right) => (left, right) switch
    {
        (null, null) => true,
        (LiteralSyntax a, LiteralSyntax b) => a.Kind == b.Kind && Equals(a.Value, b.Value),
        (IdentifierSyntax a, IdentifierSyntax b) => a.Name == b.Name,
        (MemberAccessSyntax a, MemberAccessSyntax b) => a.Member == b.Member && AreEquivalent(a.Target, b.Target),
        (IndexSyntax a, IndexSyntax b) => AreEquivalent(a.Target, b.Target) && AreEquivalent(a.Index, b.Index),
        (CallSyntax a, CallSyntax b) => a.Name == b.Name && AreEquivalent(a.Receiver, b.Receiver) && AreEquivalent(a.Arguments, b.Arguments),
        (UnarySyntax a, UnarySyntax b) => a.Operator == b.Operator && AreEquivalent(a.Operand, b.Operand),
        (BinarySyntax a, BinarySyntax b) => a.Operator == b.Operator && AreEquivalent(a.Left, b.Left) && AreEquivalent(a.Right, b.Right),
        (ConditionalSyntax a, ConditionalSyntax b) =>
            AreEquivalent(a.Condition, b.Condition) && AreEquivalent(a.WhenTrue, b.WhenTrue) && AreEquivalent(a.WhenFalse, b.WhenFalse),
        (InSyntax a, InSyntax b) => AreEquivalent(a.Value, b.Value) && AreEquivalent(a.Items, b.Items),
        (LambdaSyntax a, LambdaSyntax b) => a.Parameter == b.Parameter && AreEquivalent(a.Body, b.Body),
        _ => false,
    };

    private static bool AreEquivalent(IReadOnlyList<SyntaxNode> left, IReadOnlyList<SyntaxNode> right) =>
        left.Count == right.Count && left.Zip(right).All(pair => AreEquivalent(pair.First, pair.Second));
}
