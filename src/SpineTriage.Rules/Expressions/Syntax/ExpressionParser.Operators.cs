namespace SpineTriage.Rules.Expressions;

/// <summary>Binary and ternary operators, lowest precedence first: ?:, ??, or, and, equality, relational and in, +, *.</summary>
internal sealed partial class ExpressionParser
{
    private SyntaxNode ParseExpression() => Nested(ParseConditional);

    private SyntaxNode ParseConditional()
    {
        var condition = ParseCoalesce();
        if (!Accept(TokenKind.Question))
        {
            return condition;
        }

        var whenTrue = ParseExpression();
        Expect(TokenKind.Colon, "':' of the conditional operator");
        var whenFalse = ParseExpression();
        return Limited(new ConditionalSyntax(condition, whenTrue, whenFalse, TextSpan.Between(condition.Span, whenFalse.Span)));
    }

    private SyntaxNode ParseCoalesce()
    {
        var left = ParseOr();
        if (!Accept(TokenKind.QuestionQuestion))
        {
            return left;
        }

        var right = Nested(ParseCoalesce);
        return Limited(new BinarySyntax(BinaryOperator.Coalesce, left, right, TextSpan.Between(left.Span, right.Span)));
    }

    private SyntaxNode ParseOr() => ParseLeftAssociative(ParseAnd, OrOperator);

    private SyntaxNode ParseAnd() => ParseLeftAssociative(ParseEquality, AndOperator);

    private SyntaxNode ParseEquality() => ParseLeftAssociative(ParseRelational, EqualityOperator);

    private SyntaxNode ParseAdditive() => ParseLeftAssociative(ParseMultiplicative, AdditiveOperator);

    private SyntaxNode ParseMultiplicative() => ParseLeftAssociative(ParseUnary, MultiplicativeOperator);

    private SyntaxNode ParseRelational()
    {
        var left = ParseAdditive();
        while (true)
        {
            if (Current.IsWord("in"))
            {
                Advance();
                Expect(TokenKind.LeftParen, "'(' after 'in'");
                var items = ParseArguments();
                var close = Expect(TokenKind.RightParen, "')' closing the 'in' list");
                if (items.Count == 0)
                {
                    throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedToken,
                        $"The 'in' list at offset {close.Span.Start} is empty; list at least one value, such as x in (\"a\", \"b\").", close.Span.Start);
                }

                left = Limited(new InSyntax(left, items, TextSpan.Between(left.Span, close.Span)));
                continue;
            }

            BinaryOperator? op = Current.Kind switch
            {
                TokenKind.Less => BinaryOperator.Less,
                TokenKind.LessEqual => BinaryOperator.LessOrEqual,
                TokenKind.Greater => BinaryOperator.Greater,
                TokenKind.GreaterEqual => BinaryOperator.GreaterOrEqual,
                _ => null,
            };
            if (op is null)
            {
                return left;
            }

            Advance();
            var right = ParseAdditive();
            left = Limited(new BinarySyntax(op.Value, left, right, TextSpan.Between(left.Span, right.Span)));
        }
    }

    private SyntaxNode ParseLeftAssociative(Func<SyntaxNode> parseOperand, Func<Token, BinaryOperator?> operatorOf)
    {
        var left = parseOperand();
        while (operatorOf(Current) is { } op)
        {
            Advance();
            var right = parseOperand();
            left = Limited(new BinarySyntax(op, left, right, TextSpan.Between(left.Span, right.Span)));
        }

        return left;
    }

    private static BinaryOperator? OrOperator(Token token) =>
        token.Kind == TokenKind.BarBar || token.IsWord("or") || token.IsWord("orelse") ? BinaryOperator.Or : null;

    private static BinaryOperator? AndOperator(Token token) =>
        token.Kind == TokenKind.AmpAmp || token.IsWord("and") || token.IsWord("andalso") ? BinaryOperator.And : null;

    private static BinaryOperator? EqualityOperator(Token token) => token.Kind switch
    {
        TokenKind.EqualEqual or TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.BangEqual or TokenKind.LessGreater => BinaryOperator.NotEqual,
        _ => null,
    };

    private static BinaryOperator? AdditiveOperator(Token token) => token.Kind switch
    {
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        _ => null,
    };

    private static BinaryOperator? MultiplicativeOperator(Token token) => token.Kind switch
    {
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.Percent => BinaryOperator.Modulo,
        _ => null,
    };
}
