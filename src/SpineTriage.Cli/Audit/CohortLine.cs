using System.Text;

namespace SpineTriage.Cli.Audit;

/// <summary>One line of a cohort file: its 1-based number and text (or why the text was not kept).</summary>
/// <param name="Number">The 1-based line number in the file.</param>
/// <param name="Text">The line without its line break; empty when <paramref name="TooLongChars"/> is set or the line is held as <see cref="Utf8"/>.</param>
/// <param name="TooLongChars">The line's length when it exceeded the limit and was skipped, otherwise 0.</param>
internal sealed record CohortLine(long Number, string Text, long TooLongChars = 0)
{
    /// <summary>Gets the line's bytes as read from a UTF-8 file (without its line break), or null when the line is held as <see cref="Text"/>.</summary>
    public byte[]? Utf8 { get; init; }

    /// <summary>Gets the line as text: <see cref="Text"/>, or <see cref="Utf8"/> decoded as a <see cref="StreamReader"/> decodes it.</summary>
    public string Decoded() => Utf8 is { } bytes ? Encoding.UTF8.GetString(bytes) : Text;
}
