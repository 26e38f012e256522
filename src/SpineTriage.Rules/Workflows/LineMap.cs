using System.Text;

namespace SpineTriage.Rules.Workflows;

/// <summary>Turns System.Text.Json positions (0-based, in bytes) into 1-based line and character column.</summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineMap(byte[] utf8)
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

    /// <summary>The 1-based line and column (in UTF-16 characters) of a byte offset.</summary>
    public (int Line, int Column) At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _utf8.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(_lineStarts[line], offset));
    }

    /// <summary>The 1-based line and column of a 0-based line and byte position within that line, as JsonException reports them.</summary>
    public (int Line, int Column) AtLineByte(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _lineStarts.Count - 1);
        var start = _lineStarts[lineIndex];
        var offset = (int)Math.Clamp(start + bytePositionInLine, start, _utf8.Length);
        return (lineIndex + 1, ColumnOf(start, offset));
    }

    private int ColumnOf(int lineStart, int offset) => Encoding.UTF8.GetCharCount(_utf8, lineStart, offset - lineStart) + 1;
}
