using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary>Random syntax trees of every node kind (spans left empty), for the print/parse round trip.</summary>
internal static class SyntaxGenerators
{
    private static readonly TextSpan NoSpan = default;
    private static readonly string[] Names = ["a", "b", "x", "Foo", "bar_1", "_z"];

    public static Gen<SyntaxNode> Tree => Gen.Sized(size => Node(Math.Min(size, 12) / 3));

    private static Gen<SyntaxNode> Literal => Gen.OneOf(
        Gen.Choose(0, 1_000_000).Select(i => (SyntaxNode)new LiteralSyntax(LiteralKind.Integer, i, NoSpan)),
        Gen.Choose(1, 1_000_000).Select(i => (SyntaxNode)new LiteralSyntax(LiteralKind.Integer, int.MaxValue + (long)i, NoSpan)),
        Gen.Choose(0, 10_000_000).Select(i => (SyntaxNode)new LiteralSyntax(LiteralKind.Real, i / 1000.0, NoSpan)),
        Gen.Choose(0, 300).Select(e => (SyntaxNode)new LiteralSyntax(LiteralKind.Real, Math.Pow(10, e) * 1.5, NoSpan)),
        Gen.Choose(0, 1_000_000).Select(i => (SyntaxNode)new LiteralSyntax(LiteralKind.Decimal, i / 100m, NoSpan)),
        Gen.Elements("", "a", "\"", "\\", "\n", "x\ty", "r\r", "é", "a b\"c\\").Select(s => (SyntaxNode)new LiteralSyntax(LiteralKind.String, s, NoSpan)),
        Gen.Elements(true, false).Select(b => (SyntaxNode)new LiteralSyntax(LiteralKind.Boolean, b, NoSpan)),
        Gen.Constant((SyntaxNode)new LiteralSyntax(LiteralKind.Null, null, NoSpan)));

    private static Gen<SyntaxNode> Identifier => Gen.Elements(Names).Select(n => (SyntaxNode)new IdentifierSyntax(n, NoSpan));

    private static Gen<SyntaxNode> Node(int depth)
    {
        if (depth <= 0)
        {
            return Gen.OneOf(Literal, Identifier);
        }

        var child = Gen.Fresh(() => Node(depth - 1)).SelectMany(g => g);
        var list = Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(child, n)).Select(l => (IReadOnlyList<SyntaxNode>)l.ToList());
        var arguments = Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(child, n)).Select(l => (IReadOnlyList<SyntaxNode>)l.ToList());
        var name = Gen.Elements(Names);
        return Gen.OneOf(
            Literal,
            Identifier,
            child.SelectMany(t => name.Select(n => (SyntaxNode)new MemberAccessSyntax(t, n, NoSpan))),
            child.SelectMany(t => child.Select(i => (SyntaxNode)new IndexSyntax(t, i, NoSpan))),
            Gen.OneOf(child.Select(c => (SyntaxNode?)c), Gen.Constant((SyntaxNode?)null))
                .SelectMany(r => name.SelectMany(n => arguments.Select(a => (SyntaxNode)new CallSyntax(r, n, a, NoSpan)))),
            Gen.Elements(UnaryOperator.Not, UnaryOperator.Negate).SelectMany(op => child.Select(o => (SyntaxNode)new UnarySyntax(op, o, NoSpan))),
            Gen.Elements(Enum.GetValues<BinaryOperator>()).SelectMany(op =>
                child.SelectMany(l => child.Select(r => (SyntaxNode)new BinarySyntax(op, l, r, NoSpan)))),
            child.SelectMany(c => child.SelectMany(a => child.Select(b => (SyntaxNode)new ConditionalSyntax(c, a, b, NoSpan)))),
            child.SelectMany(v => list.Select(items => (SyntaxNode)new InSyntax(v, items, NoSpan))),
            name.SelectMany(p => child.Select(body => (SyntaxNode)new LambdaSyntax(p, body, NoSpan))));
    }
}
