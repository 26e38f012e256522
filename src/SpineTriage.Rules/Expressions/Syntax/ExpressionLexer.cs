using System.Globalization;
using System.Text;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Syntax;

/// <summary>Splits expression text into tokens with offsets; throws <see cref="ExpressionDiagnosticException"/> at the first bad character.</summary>
internal static class ExpressionLexer
{
    /// <summary>
    /// The integers 0 to 255 boxed once: thresholds are mostly small, and each literal's box is kept by its bound
    /// constant for as long as the rule set (CompileScalingBenchmarks: one object fewer per rule to load and copy).
    /// </summary>
    private static readonly object[] SmallIntegers = BoxedIntegers(256);

    /// <summary>Adds the tokens of the text to the given list (a reused buffer) and returns it.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="tokens">The buffer.</param>
    /// <param name="texts">The load's shared texts, for identifiers (a new string per identifier when null).</param>
    public static TokenBuffer Tokenize(string text, TokenBuffer tokens, NodeTexts? texts = null)
    {
        var position = 0;
        while (true)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, new TextSpan(text.Length, 0), null));
                return tokens;
            }

            var token = Next(text, position, texts);
            tokens.Add(token);
            position = token.Span.End;
        }
    }

    private static Token Next(string text, int start, NodeTexts? texts)
    {
        var c = text[start];
        if (char.IsAsciiLetter(c) || c == '_')
        {
            var end = start + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            // Shared across the load: names are written in rule after rule (CompileScalingBenchmarks).
            var name = texts is null ? text[start..end] : texts.Of(text, start, end - start);
            return new Token(TokenKind.Identifier, new TextSpan(start, end - start), name);
        }

        if (char.IsAsciiDigit(c))
        {
            return Number(text, start);
        }

        if (c == '"')
        {
            return String(text, start);
        }

        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        var (kind, length) = (c, next) switch
        {
            ('(', _) => (TokenKind.LeftParen, 1),
            ('[', _) => (TokenKind.LeftBracket, 1),
            (']', _) => (TokenKind.RightBracket, 1),
            ('{', _) => (TokenKind.LeftBrace, 1),
            ('}', _) => (TokenKind.RightBrace, 1),
            (')', _) => (TokenKind.RightParen, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('.', _) => (TokenKind.Dot, 1),
            ('?', '?') => (TokenKind.QuestionQuestion, 2),
            ('?', _) => (TokenKind.Question, 1),
            (':', _) => (TokenKind.Colon, 1),
            ('=', '>') => (TokenKind.Arrow, 2),
            ('=', '=') => (TokenKind.EqualEqual, 2),
            ('=', _) => (TokenKind.Equal, 1),
            ('!', '=') => (TokenKind.BangEqual, 2),
            ('!', _) => (TokenKind.Bang, 1),
            ('<', '>') => (TokenKind.LessGreater, 2),
            ('<', '=') => (TokenKind.LessEqual, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', '=') => (TokenKind.GreaterEqual, 2),
            ('>', _) => (TokenKind.Greater, 1),
            ('&', '&') => (TokenKind.AmpAmp, 2),
            ('|', '|') => (TokenKind.BarBar, 2),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('%', _) => (TokenKind.Percent, 1),
            _ => throw ExpressionDiagnosticException.At(
                ExpressionDiagnosticCodes.UnexpectedCharacter,
                c == '\'' ? "Strings are written in double quotes, such as \"EUR\"; single quotes are not allowed."
                    : char.IsAscii(c) && !char.IsControl(c) ? $"Unexpected character '{c}' at offset {start}. Remove it or use an operator such as ==, &&, ||, +."
                    : $"Unexpected character {Describe(c)} at offset {start}. Names, numbers and operators are plain ASCII: retype it (it may be a look-alike letter, a full-width symbol or an invisible character pasted from a document).",
                start),
        };
        return new Token(kind, new TextSpan(start, length), null);
    }

    private static Token Number(string text, int start)
    {
        var end = Digits(text, start);
        var isReal = false;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            isReal = true;
            end = Digits(text, end + 1);
        }

        if (end < text.Length && (text[end] is 'e' or 'E'))
        {
            var exponent = end + 1 < text.Length && (text[end + 1] is '+' or '-') ? end + 2 : end + 1;
            if (exponent < text.Length && char.IsAsciiDigit(text[exponent]))
            {
                isReal = true;
                end = Digits(text, exponent);
            }
        }

        var digits = text.AsSpan(start, end - start);
        var suffix = end < text.Length ? char.ToLowerInvariant(text[end]) : '\0';
        if (suffix is 'm' or 'd')
        {
            end++;
        }

        var span = new TextSpan(start, end - start);
        if (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.InvalidNumber,
                $"Malformed number '{Abbreviated(text[start..(end + 1)])}' at offset {start}; write a number such as 12, 3.5 or 2.5m.", start, end + 1 - start);
        }

        var invariant = CultureInfo.InvariantCulture;
        if (suffix == 'm')
        {
            return decimal.TryParse(digits, NumberStyles.Float, invariant, out var value)
                ? new Token(TokenKind.Decimal, span, value)
                : throw OutOfRange(digits.ToString(), start);
        }

        if (isReal || suffix == 'd')
        {
            var value = double.Parse(digits, NumberStyles.Float, invariant);
            return double.IsFinite(value) ? new Token(TokenKind.Real, span, value) : throw OutOfRange(digits.ToString(), start);
        }

        if (int.TryParse(digits, NumberStyles.None, invariant, out var small))
        {
            return new Token(TokenKind.Integer, span, small < SmallIntegers.Length ? SmallIntegers[small] : small);
        }

        return long.TryParse(digits, NumberStyles.None, invariant, out var large)
            ? new Token(TokenKind.Integer, span, large)
            : throw OutOfRange(digits.ToString(), start);
    }

    private static object[] BoxedIntegers(int count)
    {
        var boxes = new object[count];
        for (var i = 0; i < count; i++)
        {
            boxes[i] = i;
        }

        return boxes;
    }

    private static ExpressionDiagnosticException OutOfRange(string digits, int start) =>
        ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.InvalidNumber, $"The number '{Abbreviated(digits)}' at offset {start} is out of range ({digits.Length} characters long); numbers must fit a long, a double or a decimal.", start, digits.Length);

    private static string Abbreviated(string text) => text.Length <= 40 ? text : $"{text[..20]}...{text[^10..]}";

    private static int Digits(string text, int position)
    {
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return position;
    }

    private static Token String(string text, int start)
    {
        // Most literals have no escape: taken as they are, without a builder (CompileScalingBenchmarks).
        var close = start + 1;
        while (close < text.Length && text[close] is not ('"' or '\\') && !IsInvisibleControl(text[close]))
        {
            close++;
        }

        if (close < text.Length && text[close] == '"')
        {
            return new Token(TokenKind.String, new TextSpan(start, close + 1 - start), text.Substring(start + 1, close - start - 1));
        }

        var builder = new StringBuilder();
        var position = start + 1;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '"')
            {
                return new Token(TokenKind.String, new TextSpan(start, position + 1 - start), builder.ToString());
            }

            if (c == '\\')
            {
                var escaped = position + 1 < text.Length ? text[position + 1] : '\0';
                builder.Append(escaped switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.InvalidEscape,
                        $"Unknown escape '\\{escaped}' at offset {position}; use \\\" \\\\ \\n \\r or \\t.", position, 2),
                });
                position += 2;
                continue;
            }

            if (IsInvisibleControl(c))
            {
                throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnexpectedCharacter,
                    $"The string starting at offset {start} contains the invisible character {Describe(c)} at offset {position}, which can make the text display differently from what it compares; remove it.", position, 1);
            }

            builder.Append(c);
            position++;
        }

        throw ExpressionDiagnosticException.At(ExpressionDiagnosticCodes.UnterminatedString,
            $"The string starting at offset {start} has no closing double quote.", start, text.Length - start);
    }

    /// <summary>A character named by its code point, so invisible and direction-changing characters cannot garble the message.</summary>
    private static string Describe(char c) => char.IsControl(c) || IsInvisibleControl(c) || char.IsSurrogate(c)
        ? $"U+{(int)c:X4}"
        : $"'{c}' (U+{(int)c:X4})";

    /// <summary>Bidirectional overrides and isolates, zero-width characters and controls: the "Trojan Source" characters.</summary>
    private static bool IsInvisibleControl(char c) => c is not ('\t' or '\n' or '\r') && SafeText.IsUnsafe(c);
}
