namespace SpineTriage.Rules.Expressions;

/// <summary>Unwinds the lexer or parser at the first syntax error; caught by <see cref="ExpressionParser.Parse"/>, never escapes.</summary>
internal sealed class ExpressionSyntaxException(ExpressionDiagnostic diagnostic) : Exception(diagnostic.Message)
{
    public ExpressionDiagnostic Diagnostic { get; } = diagnostic;

    public static ExpressionSyntaxException At(string code, string message, int offset, int length = 1) =>
        new(new ExpressionDiagnostic(code, message, offset, length));
}
