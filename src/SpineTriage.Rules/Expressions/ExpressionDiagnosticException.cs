namespace SpineTriage.Rules.Expressions;

/// <summary>Unwinds the lexer, parser or binder at the first problem; caught at their entry points, never escapes them.</summary>
internal sealed class ExpressionDiagnosticException(ExpressionDiagnostic diagnostic) : Exception(diagnostic.Message)
{
    public ExpressionDiagnostic Diagnostic { get; } = diagnostic;

    public static ExpressionDiagnosticException At(string code, string message, int offset, int length = 1) =>
        new(new ExpressionDiagnostic(code, message, offset, length));
}
