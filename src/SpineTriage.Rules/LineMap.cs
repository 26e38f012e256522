using System.Text;

namespace SpineTriage.Rules;

/// <summary>
/// Turns System.Text.Json positions (0-based, in bytes) into 1-based line and character column. A column costs O(1)
/// on an ASCII line and, on others, counts characters on from the previous position asked on that line, so locating
/// every rule of a file written on one line stays linear.
/// </summary>
/// <remarks>Not thread-safe: it remembers the last position asked, so one reader uses an instance at a time.</remarks>
public sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly int[] _lineStarts;
    private readonly bool[] _asciiLines;
    private int _lastLineStart = -1;
    private int _lastOffset;
    private int _lastCharacters;

    /// <summary>Initializes a new instance over a UTF-8 text, which it keeps (do not change it afterwards).</summary>
    /// <param name="utf8">The text the positions are in, as System.Text.Json read it (without a byte order mark).</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    public LineMap(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        _utf8 = utf8;
        var lines = 1;
        foreach (var b in utf8)
        {
            lines += b == (byte)'\n' ? 1 : 0;
        }

        _lineStarts = new int[lines];
        _asciiLines = new bool[lines];
        var line = 0;
        var ascii = true;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n')
            {
                _asciiLines[line++] = ascii;
                _lineStarts[line] = i + 1;
                ascii = true;
            }
            else if (b >= 0x80)
            {
                ascii = false;
            }
        }

        _asciiLines[line] = ascii;
    }

    /// <summary>The 1-based line and column (in UTF-16 characters) of a byte offset, such as <see cref="System.Text.Json.Utf8JsonReader.TokenStartIndex"/>.</summary>
    /// <param name="byteOffset">The 0-based byte offset; one outside the text counts as its nearest end.</param>
    /// <returns>The line and column.</returns>
    public (int Line, int Column) At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _utf8.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(line, offset));
    }

    /// <summary>The 1-based line and column of a 0-based line and byte position within that line, as <see cref="System.Text.Json.JsonException"/> reports them.</summary>
    /// <param name="line">The 0-based line (<see cref="System.Text.Json.JsonException.LineNumber"/>).</param>
    /// <param name="bytePositionInLine">The 0-based byte position within the line (<see cref="System.Text.Json.JsonException.BytePositionInLine"/>).</param>
    /// <returns>The line and column.</returns>
    public (int Line, int Column) AtLineByte(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _lineStarts.Length - 1);
        var start = _lineStarts[lineIndex];
        var offset = (int)Math.Clamp(start + bytePositionInLine, start, _utf8.Length);
        return (lineIndex + 1, ColumnOf(lineIndex, offset));
    }

    /// <summary>
    /// The message of a <see cref="System.Text.Json.JsonException"/> without the position System.Text.Json appends to it
    /// (<c>Path: $.a | LineNumber: 3 | BytePositionInLine: 7.</c>, 0-based and in bytes), ending with a full stop: for a
    /// message that gives the position as <see cref="AtLineByte"/> works it out, in 1-based lines and characters.
    /// </summary>
    /// <param name="exception">The exception the reader or serializer threw.</param>
    /// <returns>The description of the problem, such as <c>'}' is invalid after a property name. Expected a ':'.</c></returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string MessageWithoutPosition(System.Text.Json.JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        message = (cut >= 0 ? message[..cut] : message).Trim();
        return message.EndsWith('.') ? message : message + ".";
    }

    private int ColumnOf(int line, int offset)
    {
        var lineStart = _lineStarts[line];
        if (_asciiLines[line])
        {
            return offset - lineStart + 1;
        }

        // Count on from the last position asked on this line when it is not past this one (the reader asks in order).
        var onFromLast = _lastLineStart == lineStart && _lastOffset <= offset;
        var from = onFromLast ? _lastOffset : lineStart;
        var characters = (onFromLast ? _lastCharacters : 0) + Encoding.UTF8.GetCharCount(_utf8, from, offset - from);
        if (offset == _utf8.Length || (_utf8[offset] & 0xC0) != 0x80)
        {
            // Only a character boundary is a place to count on from (the reader's positions always are).
            _lastLineStart = lineStart;
            _lastOffset = offset;
            _lastCharacters = characters;
        }

        return characters + 1;
    }
}
