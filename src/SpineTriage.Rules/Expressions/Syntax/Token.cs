namespace SpineTriage.Rules.Expressions.Syntax;

internal enum TokenKind
{
    End,
    Identifier,
    Integer,
    Real,
    Decimal,
    String,
    LeftParen,
    RightParen,
    Comma,
    Dot,
    Question,
    QuestionQuestion,
    Colon,
    Arrow,
    Bang,
    BangEqual,
    EqualEqual,
    Equal,
    LessGreater,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    AmpAmp,
    BarBar,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
}

/// <summary>A token with its offset; Value holds the parsed literal or the identifier text.</summary>
internal readonly record struct Token(TokenKind Kind, TextSpan Span, object? Value)
{
    public string? Identifier => Kind == TokenKind.Identifier ? (string?)Value : null;

    public bool IsWord(string word) => Kind == TokenKind.Identifier && string.Equals((string?)Value, word, StringComparison.OrdinalIgnoreCase);
}
