namespace SpineTriage.Rules.Expressions;

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
            case TokenKind.Identifier:
                return ParseName();
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
