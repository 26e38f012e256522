namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>Unary operators, member access and calls, literals, names, parentheses and lambdas.</summary>
internal sealed partial class ExpressionParser
{
    private static readonly string[] Keywords = ["and", "or", "not", "in", "andalso", "orelse", "true", "false", "null"];

    /// <summary>True when the name would be read as a keyword, so it cannot name an input, param or lambda parameter.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name, StringComparer.OrdinalIgnoreCase);

    private SyntaxNode ParseUnary()
    {
        var start = Current;
        UnaryOperator? op = start.Kind == TokenKind.Bang || start.IsWord("not") ? UnaryOperator.Not
            : start.Kind == TokenKind.Minus ? UnaryOperator.Negate
            : null;
        if (op is null)
        {
            return ParsePostfix();
        }

        Advance();
        Enter();
        var operand = Leave(ParseUnary());
        return Limited(new UnarySyntax(op.Value, operand, TextSpan.Between(start.Span, operand.Span)));
    }

    private SyntaxNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Accept(TokenKind.LeftBracket))
            {
                var index = ParseExpression();
                var bracket = Expect(TokenKind.RightBracket, "']' closing the index");
                node = Limited(new IndexSyntax(node, index, TextSpan.Between(node.Span, bracket.Span)));
                continue;
            }

            if (!Accept(TokenKind.Dot))
            {
                break;
            }

            var name = Expect(TokenKind.Identifier, "a member name after '.'");
            if (Accept(TokenKind.LeftParen))
            {
                var arguments = ParseArguments();
                var close = Expect(TokenKind.RightParen, $"')' closing the call of {name.Identifier}");
                node = Limited(new CallSyntax(node, name.Identifier!, arguments, TextSpan.Between(node.Span, close.Span)));
            }
            else
            {
                node = Limited(new MemberAccessSyntax(node, name.Identifier!, TextSpan.Between(node.Span, name.Span)));
            }
        }

        return node;
    }

    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return new LiteralSyntax(LiteralKind.Integer, token.Value, token.Span);
            case TokenKind.Real:
                Advance();
                return new LiteralSyntax(LiteralKind.Real, token.Value, token.Span);
            case TokenKind.Decimal:
                Advance();
                return new LiteralSyntax(LiteralKind.Decimal, token.Value, token.Span);
            case TokenKind.String:
                Advance();
                return new LiteralSyntax(LiteralKind.String, token.Value, token.Span);
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpression();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.Identifier when token.IsWord("new") && Peek(1) == TokenKind.LeftBracket:
                return ParseArrayContains();
            case TokenKind.Identifier:
                return ParseName();
            case TokenKind.LeftBrace or TokenKind.RightBrace:
                throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedCharacter,
                    $"Unexpected character '{(token.Kind == TokenKind.LeftBrace ? '{' : '}')}' at offset {token.Span.Start}. Remove it or use an operator such as ==, &&, ||, +.", token.Span.Start, 1);
            default:
                var found = token.Kind == TokenKind.End ? "the end of the expression" : $"'{Describe(token)}'";
                throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedToken,
                    $"Expected a value, a name or '(' at offset {token.Span.Start} but found {found}.", token.Span.Start, Math.Max(1, token.Span.Length));
        }
    }

    private SyntaxNode ParseName()
    {
        var token = Advance();
        var name = token.Identifier!;
        if (token.IsWord("true") || token.IsWord("false"))
        {
            return new LiteralSyntax(LiteralKind.Boolean, token.IsWord("true"), token.Span);
        }

        if (token.IsWord("null"))
        {
            return new LiteralSyntax(LiteralKind.Null, null, token.Span);
        }

        if (IsKeyword(name))
        {
            throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedToken,
                $"Unexpected '{name}' at offset {token.Span.Start}; a value or name is missing before it.", token.Span.Start, token.Span.Length);
        }

        if (Accept(TokenKind.Arrow))
        {
            var body = ParseExpression();
            return Limited(new LambdaSyntax(name, body, TextSpan.Between(token.Span, body.Span)));
        }

        if (!Accept(TokenKind.LeftParen))
        {
            return new IdentifierSyntax(name, token.Span);
        }

        var arguments = ParseArguments();
        var close = Expect(TokenKind.RightParen, $"')' closing the call of {name}");
        return Limited(new CallSyntax(null, name, arguments, TextSpan.Between(token.Span, close.Span)));
    }

    /// <summary>
    /// <c>new [] { a, b }.Contains(value)</c>, as RulesEngine users write a list of allowed values: read as
    /// <c>value in (a, b)</c> (the printer writes it back as written). An array literal may be followed only by Contains.
    /// </summary>
    private SyntaxNode ParseArrayContains()
    {
        var start = Advance();
        Expect(TokenKind.LeftBracket, "'[' after 'new'");
        Expect(TokenKind.RightBracket, "']' after 'new [' (an array literal is written new [] { \"a\", \"b\" })");
        Expect(TokenKind.LeftBrace, "'{' opening the array's values");
        var items = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.RightBrace)
        {
            do
            {
                items.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }

        var closeBrace = Expect(TokenKind.RightBrace, "'}' closing the array's values");
        if (items.Count == 0)
        {
            throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedToken,
                $"The array at offset {start.Span.Start} is empty; list at least one value, such as new [] {{ \"a\", \"b\" }}.Contains(x).", start.Span.Start, closeBrace.Span.End - start.Span.Start);
        }

        var dot = Current;
        if (!Accept(TokenKind.Dot) || !Current.IsWord("Contains") || Peek(1) != TokenKind.LeftParen)
        {
            throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedToken,
                $"An array literal (offset {start.Span.Start}) may only be followed by .Contains(value), such as new [] {{ \"a\", \"b\" }}.Contains(x), which reads as x in (\"a\", \"b\").",
                dot.Span.Start, Math.Max(1, dot.Span.Length));
        }

        Advance();
        Advance();
        var value = ParseExpression();
        var close = Expect(TokenKind.RightParen, "')' closing the call of Contains");
        return Limited(new InSyntax(value, items, TextSpan.Between(start.Span, close.Span), WrittenAsArray: true));
    }

    /// <summary>Comma-separated expressions up to (not including) ')'.</summary>
    private List<SyntaxNode> ParseArguments()
    {
        var arguments = new List<SyntaxNode>();
        if (Current.Kind == TokenKind.RightParen)
        {
            return arguments;
        }

        do
        {
            RefuseOutArgument();
            arguments.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));
        return arguments;
    }

    /// <summary>
    /// <c>out x</c> or <c>out var x</c> (as in <c>int.TryParse(s, out var n)</c>): a rule cannot declare a variable, so
    /// this is refused here, with the form that can be written instead.
    /// </summary>
    private void RefuseOutArgument()
    {
        var token = Current;
        if (!token.IsWord("out") || _tokens[_position + 1].Kind != TokenKind.Identifier)
        {
            return;
        }

        throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedToken,
            $"An 'out' argument at offset {token.Span.Start} cannot be written in a rule (an expression declares no variables); "
            + "did you mean int.Parse(text) or double.Parse(text)? They are Unknown when the text is not a number, as TryParse's false would be.",
            token.Span.Start, token.Span.Length);
    }
}
