using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class ExpressionParserTests
{
    private static SyntaxNode Parse(string text)
    {
        var tree = ExpressionParser.Parse(text, ExpressionLimits.Default, out var diagnostic);
        Assert.True(tree is not null, diagnostic?.Message);
        return tree!;
    }

    private static ExpressionDiagnostic ParseError(string text, ExpressionLimits? limits = null)
    {
        var tree = ExpressionParser.Parse(text, limits ?? ExpressionLimits.Default, out var diagnostic);
        Assert.Null(tree);
        return diagnostic!.Value;
    }

    [Theory]
    [InlineData("a and b", "a && b")]
    [InlineData("a AND b", "a && b")]
    [InlineData("a AndAlso b", "a && b")]
    [InlineData("a or b", "a || b")]
    [InlineData("a Or b", "a || b")]
    [InlineData("a OrElse b", "a || b")]
    [InlineData("not a", "!a")]
    [InlineData("NOT a", "!a")]
    [InlineData("x = 1", "x == 1")]
    [InlineData("x <> 1", "x != 1")]
    [InlineData("x <= 1 == y >= 2", "x <= 1 == y >= 2")]
    [InlineData("a || b && c", "a || b && c")]
    [InlineData("(a || b) && c", "(a || b) && c")]
    [InlineData("1 - (2 - 3)", "1 - (2 - 3)")]
    [InlineData("1 - 2 - 3", "1 - 2 - 3")]
    [InlineData("-x * 2 % 3 / 4 + 5", "-x * 2 % 3 / 4 + 5")]
    [InlineData("c ? a : b ? d : e", "c ? a : b ? d : e")]
    [InlineData("a ?? b ?? c", "a ?? b ?? c")]
    [InlineData("x in (1, 2.5, \"s\")", "x in (1, 2.5, \"s\")")]
    [InlineData("p.Levels.Any(l => l.Grade > 2 and l.Name != null)", "p.Levels.Any(l => l.Grade > 2 && l.Name != null)")]
    [InlineData("iif(a, 1, 2)", "iif(a, 1, 2)")]
    [InlineData("string.IsNullOrEmpty(p.Name)", "string.IsNullOrEmpty(p.Name)")]
    [InlineData("2.5m + 1e3 + 7d + 12", "2.5m + 1000.0 + 7.0 + 12")]
    [InlineData("true && FALSE || null == x", "true && false || null == x")]
    [InlineData("\"a\\\"b\\\\c\\nd\"", "\"a\\\"b\\\\c\\nd\"")]
    public void Every_syntax_form_parses_and_prints_canonically(string text, string canonical) =>
        Assert.Equal(canonical, ExpressionPrinter.Print(Parse(text)));

    [Fact]
    public void Precedence_puts_and_below_comparison_and_multiplication_above_addition()
    {
        var tree = Assert.IsType<BinarySyntax>(Parse("a + b * c > 1 and d"));
        Assert.Equal(BinaryOperator.And, tree.Operator);
        var comparison = Assert.IsType<BinarySyntax>(tree.Left);
        Assert.Equal(BinaryOperator.Greater, comparison.Operator);
        var sum = Assert.IsType<BinarySyntax>(comparison.Left);
        Assert.Equal(BinaryOperator.Add, sum.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinarySyntax>(sum.Right).Operator);
    }

    [Fact]
    public void Nodes_carry_the_span_of_their_source_text()
    {
        var tree = Assert.IsType<BinarySyntax>(Parse("  patient.Age >= 65"));
        Assert.Equal(new TextSpan(2, 17), tree.Span);
        Assert.Equal(new TextSpan(2, 11), tree.Left.Span);
        Assert.Equal(new TextSpan(17, 2), tree.Right.Span);
    }

    [Fact]
    public void Literals_have_the_types_of_their_form()
    {
        Assert.Equal(5, Assert.IsType<LiteralSyntax>(Parse("5")).Value);
        Assert.Equal(5_000_000_000L, Assert.IsType<LiteralSyntax>(Parse("5000000000")).Value);
        Assert.Equal(2.5, Assert.IsType<LiteralSyntax>(Parse("2.5")).Value);
        Assert.Equal(2.5m, Assert.IsType<LiteralSyntax>(Parse("2.5m")).Value);
        Assert.Equal("x\ty", Assert.IsType<LiteralSyntax>(Parse("\"x\\ty\"")).Value);
    }

    [Theory]
    [InlineData("", "SPR200", 0)]
    [InlineData("a # b", "SPR201", 2)]
    [InlineData("a == 'x'", "SPR201", 5)]
    [InlineData("a == \"open", "SPR202", 5)]
    [InlineData("a == \"x\\q\"", "SPR203", 7)]
    [InlineData("a == 99999999999999999999", "SPR204", 5)]
    [InlineData("a == 1e999", "SPR204", 5)]
    [InlineData("a == 12abc", "SPR204", 5)]
    [InlineData("(a == 1", "SPR205", 7)]
    [InlineData("a == ", "SPR205", 5)]
    [InlineData("a.", "SPR205", 2)]
    [InlineData("x in ()", "SPR205", 6)]
    [InlineData("a == 1 b", "SPR206", 7)]
    [InlineData("a and or b", "SPR205", 6)]
    public void Syntax_errors_give_a_code_and_the_offset(string text, string code, int offset)
    {
        var diagnostic = ParseError(text);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(offset, diagnostic.Offset);
        Assert.Matches("[.?]$", diagnostic.Message);
    }

    [Fact]
    public void Missing_closing_parenthesis_says_what_was_expected()
    {
        var diagnostic = ParseError("(a == 1");
        Assert.Equal("Expected ')' at offset 7 but found the end of the expression.", diagnostic.Message);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused_before_lexing()
    {
        var diagnostic = ParseError(new string('a', 50), new ExpressionLimits(MaxLength: 40));
        Assert.Equal("SPR500", diagnostic.Code);
        Assert.Contains("limit is 40", diagnostic.Message);
    }

    [Theory]
    [InlineData(100_000, "(", "a", ")")]
    [InlineData(100_000, "!", "a", "")]
    [InlineData(100_000, "-", "1", "")]
    [InlineData(5_000, "a == 1 && ", "b", "")]
    [InlineData(5_000, "1 + ", "1", "")]
    [InlineData(5_000, "f(", "x", ")")]
    [InlineData(5_000, "a.b", ".c", "")]
    public void Deep_nesting_is_a_diagnostic_not_a_stack_overflow(int count, string open, string middle, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, count)) + middle + string.Concat(Enumerable.Repeat(close, count));
        var diagnostic = ParseError(text, new ExpressionLimits(MaxLength: int.MaxValue, MaxDepth: 100));
        Assert.Equal("SPR501", diagnostic.Code);
    }

    [Fact]
    public void Nesting_within_the_depth_limit_parses()
    {
        var text = new string('(', 50) + "a" + new string(')', 50);
        Assert.IsType<IdentifierSyntax>(Parse(text));
    }
}
