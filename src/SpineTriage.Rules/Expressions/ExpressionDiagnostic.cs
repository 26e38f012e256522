namespace SpineTriage.Rules.Expressions;

/// <summary>A problem in one expression; Offset and Length are in characters of the expression text. Codes: <see cref="ExpressionDiagnosticCodes"/>.</summary>
internal readonly record struct ExpressionDiagnostic(string Code, string Message, int Offset, int Length);
