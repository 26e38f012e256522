namespace SpineTriage.Rules.Workflows;

/// <summary>A JSON string value and where it is, so a character offset inside it can be mapped back to the file.</summary>
/// <param name="Text">The decoded string.</param>
/// <param name="Location">The location of the opening quote, with the JSON path of the value.</param>
/// <param name="FirstEscapeIndex">The index in <paramref name="Text"/> of the first character written as an escape in the file, or -1.</param>
internal sealed record LocatedString(string Text, SourceLocation Location, int FirstEscapeIndex)
{
    /// <summary>
    /// The location of the character at <paramref name="offset"/>: exact when no escape precedes it in the file
    /// (JSON strings hold no raw line breaks, so it is on the same line), otherwise the string's start.
    /// </summary>
    public SourceLocation At(int offset)
    {
        var exact = offset >= 0 && offset <= Text.Length && (FirstEscapeIndex < 0 || offset < FirstEscapeIndex);
        return exact ? Location with { Column = Location.Column + 1 + offset } : Location;
    }

    /// <summary>An error about the character at an offset inside the string (an expression diagnostic).</summary>
    public Diagnostic ErrorAt(int offset, string code, string message, string? workflowName, string? ruleName) =>
        At(offset).Error(code, message, workflowName, ruleName) with { ExpressionOffset = offset };
}
