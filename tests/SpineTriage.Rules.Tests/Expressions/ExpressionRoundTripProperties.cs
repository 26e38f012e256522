using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class ExpressionRoundTripProperties
{
    [ReplayableProperty(1000)]
    public Property Printing_a_syntax_tree_and_parsing_it_back_gives_the_same_tree() =>
        Prop.ForAll(SyntaxGenerators.Tree.ToArbitrary(), tree =>
        {
            var text = ExpressionPrinter.Print(tree);
            var parsed = ExpressionParser.Parse(text, new ExpressionLimits(MaxLength: int.MaxValue), out var diagnostic);
            return (parsed is not null && SyntaxEquivalence.AreEquivalent(tree, parsed)).Label($"{text} -> {diagnostic?.Message ?? (parsed is null ? "" : ExpressionPrinter.Print(parsed))}");
        });
}
