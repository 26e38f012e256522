using System.Text;

namespace SpineTriage.Cases.Json;

/// <summary>Turns 0-based UTF-8 byte positions into 1-based line and character columns.</summary>
internal sealed class Utf8LineIndex
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public Utf8LineIndex(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Gets the 1-based line and column of a byte offset in the whole text.</summary>
    public (int Line, int Column) FromOffset(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Column(_lineStarts[line], (int)offset));
    }

    /// <summary>Gets the 1-based line and column of a 0-based line and byte position in that line.</summary>
    public (int Line, int Column) FromLinePosition(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _lineStarts.Count - 1);
        var start = _lineStarts[lineIndex];
        var end = (int)Math.Min(_utf8.Length, start + bytePositionInLine);
        return (lineIndex + 1, Column(start, end));
    }

    private int Column(int lineStart, int offset) =>
        Encoding.UTF8.GetCharCount(_utf8, lineStart, Math.Max(0, offset - lineStart)) + 1;
}
