namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>Binary and ternary operators, lowest precedence first: ?:, ??, or, and, equality, relational and in, +, *.</summary>
internal sealed partial class ExpressionParser
{
    /// <summary>The binary operators' precedence levels that are parsed alike (left-associative), lowest first.</summary>
    private enum Level
    {
        Or,
        And,
        Equality,
        Additive,
        Multiplicative,
    }

    private SyntaxNode ParseExpression()
    {
        Enter();
        return Leave(ParseConditional());
    }

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

        Enter();
        var right = Leave(ParseCoalesce());
        return Limited(new BinarySyntax(BinaryOperator.Coalesce, left, right, TextSpan.Between(left.Span, right.Span)));
    }

    private SyntaxNode ParseOr() => ParseLeftAssociative(Level.Or);

    private SyntaxNode ParseAdditive() => ParseLeftAssociative(Level.Additive);

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

    /// <summary>Operands of the next level joined by this level's operators (no delegates, so parsing allocates only the nodes).</summary>
    private SyntaxNode ParseLeftAssociative(Level level)
    {
        var left = ParseOperand(level);
        while (OperatorOf(level, Current) is { } op)
        {
            Advance();
            var right = ParseOperand(level);
            left = Limited(new BinarySyntax(op, left, right, TextSpan.Between(left.Span, right.Span)));
        }

        return left;
    }

    private SyntaxNode ParseOperand(Level level) => level switch
    {
        Level.Or => ParseLeftAssociative(Level.And),
        Level.And => ParseLeftAssociative(Level.Equality),
        Level.Equality => ParseRelational(),
        Level.Additive => ParseLeftAssociative(Level.Multiplicative),
        _ => ParseUnary(),
    };

    private static BinaryOperator? OperatorOf(Level level, Token token) => level switch
    {
        Level.Or => OrOperator(token),
        Level.And => AndOperator(token),
        Level.Equality => EqualityOperator(token),
        Level.Additive => AdditiveOperator(token),
        _ => MultiplicativeOperator(token),
    };

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
