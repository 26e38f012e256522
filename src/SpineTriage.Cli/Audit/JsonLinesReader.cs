using System.Text;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Reads a JSON Lines file one line at a time through a fixed buffer, so memory stays constant whatever the file's
/// size. A line longer than the limit is not kept (its length is reported instead), so one damaged line of gigabytes
/// cannot exhaust memory. Blank lines are skipped but counted, so line numbers match an editor's.
/// </summary>
internal sealed class JsonLinesReader : IDisposable
{
    private const int BufferChars = 64 * 1024;

    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly int _maxLineChars;
    private readonly char[] _buffer = new char[BufferChars];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;
    private long _lineNumber;

    public JsonLinesReader(Stream stream, int maxLineChars)
    {
        _stream = stream;
        _reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: BufferChars);
        _maxLineChars = maxLineChars;
    }

    /// <summary>Gets how far into the file the reader is, from 0 to 1 (0 when the length is unknown).</summary>
    public double Fraction => _stream.CanSeek && _stream.Length > 0 ? Math.Min(1, (double)_stream.Position / _stream.Length) : 0;

    /// <summary>Reads the next non-blank line, or returns null at the end of the file.</summary>
    public CohortLine? Next()
    {
        while (ReadRawLine() is var (text, length))
        {
            _lineNumber++;
            if (length > _maxLineChars)
            {
                return new CohortLine(_lineNumber, string.Empty, length);
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                return new CohortLine(_lineNumber, text!);
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The next line's text (null when too long) and length, or null at the end.</summary>
    private (string? Text, long Length)? ReadRawLine()
    {
        _line.Clear();
        long length = 0;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return length == 0 ? null : Finish(length);
            }

            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            length += stop - _start;
            if (length <= _maxLineChars)
            {
                _line.Append(_buffer, _start, stop - _start);
            }

            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0)
            {
                return Finish(length);
            }
        }
    }

    private (string? Text, long Length) Finish(long length)
    {
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
            length--;
        }

        return (length <= _maxLineChars ? _line.ToString() : null, length);
    }

    private bool Fill()
    {
        _start = 0;
        _end = _reader.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
