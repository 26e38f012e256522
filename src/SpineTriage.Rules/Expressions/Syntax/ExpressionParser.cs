using System.Runtime.CompilerServices;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>
/// Recursive-descent parser from expression text to an immutable syntax tree. Limits are checked before each
/// recursion, so hostile nesting ends in a diagnostic, never in a stack overflow.
/// </summary>
internal sealed partial class ExpressionParser
{
    [ThreadStatic]
    private static TokenBuffer? t_tokens;

    private readonly TokenBuffer _tokens;
    private readonly ExpressionLimits _limits;
    private int _position;
    private int _depth;

    private ExpressionParser(TokenBuffer tokens, ExpressionLimits limits)
    {
        _tokens = tokens;
        _limits = limits;
    }

    /// <summary>Parses the whole text; returns null and the first problem when it is not a valid expression.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostic">The first problem, or null.</param>
    /// <param name="texts">The load's shared texts, for identifiers, or null.</param>
    public static SyntaxNode? Parse(string text, ExpressionLimits limits, out ExpressionDiagnostic? diagnostic, NodeTexts? texts = null)
    {
        diagnostic = null;
        if (text.Length > limits.MaxLength)
        {
            diagnostic = new ExpressionDiagnostic(ExpressionDiagnosticCodes.TooLong,
                $"The expression is {text.Length:N0} characters long; the limit is {limits.MaxLength:N0} (RuleLimits.MaxExpressionLength). Split it into params or several rules.", limits.MaxLength, text.Length - limits.MaxLength);
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostic = new ExpressionDiagnostic(ExpressionDiagnosticCodes.Empty, "The expression is empty; write a condition such as order.Amount > 100.", 0, text.Length);
            return null;
        }

        try
        {
            var parser = new ExpressionParser(ExpressionLexer.Tokenize(text, ReusedTokenBuffer(), texts), limits);
            var tree = parser.ParseExpression();
            var end = parser.Current;
            if (end.Kind != TokenKind.End)
            {
                throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.TrailingInput,
                    $"Unexpected '{text.Substring(end.Span.Start, end.Span.Length)}' at offset {end.Span.Start} after a complete expression; is an operator such as && or || missing?",
                    end.Span.Start, end.Span.Length);
            }

            return tree;
        }
        catch (ExpressionDiagnosticException error)
        {
            diagnostic = error.Diagnostic;
            return null;
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostic = TooComplex();
            return null;
        }
    }

    /// <summary>The tokens of the text being parsed: one list per thread, reused (parsing never nests), so lexing allocates no list.</summary>
    private static TokenBuffer ReusedTokenBuffer()
    {
        var tokens = t_tokens ??= new TokenBuffer();
        tokens.Clear();
        return tokens;
    }

    internal static ExpressionDiagnostic TooComplex() =>
        new(ExpressionDiagnosticCodes.TooComplex, "The expression is too complex to analyse; simplify it or split it into params.", 0, 0);

    private Token Current => _tokens[_position];

    /// <summary>The kind of the token <paramref name="ahead"/> places after the current one (End past the last).</summary>
    private TokenKind Peek(int ahead) => _position + ahead < _tokens.Count ? _tokens[_position + ahead].Kind : TokenKind.End;

    private Token Advance() => _tokens[_position++];

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _position++;
        return true;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind == kind)
        {
            return Advance();
        }

        var found = Current.Kind == TokenKind.End ? "the end of the expression" : $"'{Describe(Current)}'";
        throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedToken,
            $"Expected {what} at offset {Current.Span.Start} but found {found}.", Current.Span.Start, Math.Max(1, Current.Span.Length));
    }

    private static string Describe(Token token) => token.Value switch
    {
        string text when token.Kind == TokenKind.String => $"\"{text}\"",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        string text => text,
        _ => token.Kind.ToString(),
    };

    /// <summary>Every recursion passes here: the depth limit and the stack guard come before going deeper (pair with <see cref="Leave"/>).</summary>
    private void Enter()
    {
        if (++_depth > _limits.MaxDepth)
        {
            throw TooDeep(Current.Span.Start);
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private T Leave<T>(T node)
    {
        _depth--;
        return node;
    }

    private T Limited<T>(T node)
        where T : SyntaxNode =>
        node.Height > _limits.MaxDepth ? throw TooDeep(node.Span.Start) : node;

    private ExpressionDiagnosticException TooDeep(int offset) => ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.TooDeep,
        $"The expression is nested deeper than {_limits.MaxDepth} levels at offset {offset} (RuleLimits.MaxExpressionDepth); split it into params or several rules.", offset, 1);
}
