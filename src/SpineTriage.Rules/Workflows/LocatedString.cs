namespace SpineTriage.Rules.Workflows;

/// <summary>A JSON string value and where it is, so a character offset inside it can be mapped back to the file.</summary>
/// <remarks>
/// The location is kept as fields and made into a <see cref="SourceLocation"/> when a diagnostic asks: every
/// expression of a load is located, and a second object per expression lived until the load ended (CompileScalingBenchmarks).
/// </remarks>
internal sealed class LocatedString
{
    private readonly string _file;
    private readonly int _line;
    private readonly int _column;
    private readonly JsonPathRef _path;

    /// <summary>Initializes a located string.</summary>
    /// <param name="text">The decoded string.</param>
    /// <param name="location">The location of the opening quote, with the JSON path of the value.</param>
    /// <param name="firstEscapeIndex">The index in <paramref name="text"/> of the first character written as an escape in the file, or -1.</param>
    public LocatedString(string text, SourceLocation location, int firstEscapeIndex)
        : this(text, location.File, location.Line, location.Column, location.Path, firstEscapeIndex)
    {
    }

    /// <summary>Initializes a located string from the parts of its location.</summary>
    public LocatedString(string text, string file, int line, int column, JsonPathRef path, int firstEscapeIndex)
    {
        Text = text;
        _file = file;
        _line = line;
        _column = column;
        _path = path;
        FirstEscapeIndex = firstEscapeIndex;
    }

    /// <summary>Gets the decoded string.</summary>
    public string Text { get; }

    /// <summary>Gets the index in <see cref="Text"/> of the first character written as an escape in the file, or -1.</summary>
    public int FirstEscapeIndex { get; }

    /// <summary>Gets the location of the opening quote, with the JSON path of the value (a new object on each call).</summary>
    public SourceLocation Location => new(_file, _line, _column, _path);

    /// <summary>
    /// The location of the character at <paramref name="offset"/>: exact when no escape precedes it in the file
    /// (JSON strings hold no raw line breaks, so it is on the same line), otherwise the string's start.
    /// </summary>
    public SourceLocation At(int offset)
    {
        var exact = offset >= 0 && offset <= Text.Length && (FirstEscapeIndex < 0 || offset < FirstEscapeIndex);
        return new SourceLocation(_file, _line, exact ? _column + 1 + offset : _column, _path);
    }

    /// <summary>An error about the character at an offset inside the string (an expression diagnostic).</summary>
    public Diagnostic ErrorAt(int offset, string code, string message, string? workflowName, string? ruleName) =>
        At(offset).Error(code, message, workflowName, ruleName) with { ExpressionOffset = offset };
}
