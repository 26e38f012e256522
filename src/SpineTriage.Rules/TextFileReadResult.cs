using SpineTriage.Rules.Files;

namespace SpineTriage.Rules;

/// <summary>The text of a file read by <see cref="TextFileReader"/>, or why there is none.</summary>
public sealed class TextFileReadResult
{
    private TextFileReadResult(string path, string? text, TextFileProblem problem, string? message, long bytesRead)
    {
        Path = path;
        Text = text;
        Problem = problem;
        Message = message;
        BytesRead = bytesRead;
    }

    /// <summary>Gets the path as given.</summary>
    public string Path { get; }

    /// <summary>Gets the decoded text; null when <see cref="Problem"/> is not <see cref="TextFileProblem.None"/>.</summary>
    public string? Text { get; }

    /// <summary>Gets why there is no text, or <see cref="TextFileProblem.None"/>.</summary>
    public TextFileProblem Problem { get; }

    /// <summary>Gets a sentence that says what is wrong with the file and how to fix it; null when it was read.</summary>
    public string? Message { get; }

    /// <summary>Gets how many bytes were read: the file's size, or the limit plus one when it is larger.</summary>
    public long BytesRead { get; }

    /// <summary>Gets the line (1-based) of the first byte that is not UTF-8, for <see cref="TextFileProblem.NotUtf8"/>; otherwise 1.</summary>
    public int Line { get; private init; } = 1;

    /// <summary>Gets the column (1-based, in bytes as in JSON problems) of the first byte that is not UTF-8, for <see cref="TextFileProblem.NotUtf8"/>; otherwise 1.</summary>
    public int Column { get; private init; } = 1;

    /// <summary>Gets a value indicating whether the text was read.</summary>
    public bool Succeeded => Problem == TextFileProblem.None;

    internal static TextFileReadResult Read(string path, string text, long bytesRead) => new(path, text, TextFileProblem.None, null, bytesRead);

    internal static TextFileReadResult Failed(string path, TextFileProblem problem, string message, long bytesRead = 0) => new(path, null, problem, message, bytesRead);

    internal static TextFileReadResult NotUtf8(string path, Utf8Check.Invalid invalid, long bytesRead) =>
        new(path, null, TextFileProblem.NotUtf8, invalid.Message, bytesRead) { Line = invalid.Line, Column = invalid.Column };
}
