using System.Buffers;
using System.Text;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Reads a UTF-8 JSON Lines file in large blocks and splits it on newline bytes, handing each line on as its bytes (no
/// decoding to text and back): the same lines, numbers and limits as <see cref="JsonLinesReader"/>. Blank lines are skipped but
/// counted; a line is too long when it holds more characters (UTF-16, its carriage return included) than the limit, and then
/// only its length is kept, so one damaged line of gigabytes cannot exhaust memory: at most three bytes per allowed
/// character are held for a line, beyond which its characters are only counted.
/// </summary>
internal sealed class CohortBlockReader : IDisposable
{
    /// <summary>The bytes read at a time by default.</summary>
    public const int DefaultBlockBytes = 1 << 20;

    private readonly Stream _stream;
    private readonly int _maxLineChars;
    private readonly long _maxHeldBytes;
    private readonly byte[] _block;
    private readonly ArrayBufferWriter<byte> _carry = new(4096);
    private readonly Decoder _counter = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
    private int _start;
    private int _end;
    private bool _atFileStart = true;
    private bool _inLine;
    private long _countedChars = -1;
    private long _lineNumber;

    public CohortBlockReader(Stream stream, int maxLineChars, int blockBytes = DefaultBlockBytes)
    {
        _stream = stream;
        _block = new byte[Math.Max(4, blockBytes)];
        _maxLineChars = maxLineChars;
        _maxHeldBytes = 3L * maxLineChars;
    }

    /// <summary>Gets how far into the file the reader is, from 0 to 1 (0 when the length is unknown).</summary>
    public double Fraction => _stream.CanSeek && _stream.Length > 0 ? Math.Min(1, (double)_stream.Position / _stream.Length) : 0;

    /// <summary>Whether a file starting with <paramref name="head"/> is read as UTF-8 (no UTF-16 or UTF-32 byte order mark, which a <see cref="StreamReader"/> would follow).</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> head) =>
        !(head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]));

    /// <summary>Reads the next non-blank line, or returns null at the end of the file.</summary>
    public CohortLine? Next()
    {
        while (true)
        {
            if (_start == _end && !Fill())
            {
                if (!_inLine)
                {
                    return null;
                }

                if (Finish(_carry.WrittenSpan) is { } last)
                {
                    return last;
                }

                continue;
            }

            var rest = _block.AsSpan(_start, _end - _start);
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Hold(rest);
                _start = _end;
                continue;
            }

            var piece = rest[..newline];
            _start += newline + 1;
            CohortLine? line;
            if (!_inLine)
            {
                _lineNumber++;
                line = Line(piece, -1);
            }
            else
            {
                Hold(piece);
                line = Finish(_carry.WrittenSpan);
            }

            if (line is not null)
            {
                return line;
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>Keeps part of a line that goes on in the next block, or only counts its characters once the line is too long to keep.</summary>
    private void Hold(ReadOnlySpan<byte> part)
    {
        if (!_inLine)
        {
            _inLine = true;
            _lineNumber++;
        }

        if (_countedChars < 0 && _carry.WrittenCount + (long)part.Length > _maxHeldBytes)
        {
            _countedChars = CountChars(_carry.WrittenSpan, flush: false);
            _carry.ResetWrittenCount();
        }

        if (_countedChars >= 0)
        {
            _countedChars += CountChars(part, flush: false);
        }
        else
        {
            part.CopyTo(_carry.GetSpan(part.Length));
            _carry.Advance(part.Length);
        }
    }

    /// <summary>Decodes <paramref name="bytes"/> into a scratch buffer to count its characters, keeping a character cut between blocks for the next call.</summary>
    private long CountChars(ReadOnlySpan<byte> bytes, bool flush)
    {
        Span<char> scratch = stackalloc char[512];
        long count = 0;
        while (true)
        {
            _counter.Convert(bytes, scratch, flush, out var used, out var chars, out var completed);
            count += chars;
            bytes = bytes[used..];
            if (bytes.IsEmpty && (completed || !flush))
            {
                return count;
            }
        }
    }

    /// <summary>Ends the held line; returns it, or null when it is blank.</summary>
    private CohortLine? Finish(ReadOnlySpan<byte> held)
    {
        var counted = _countedChars;
        if (counted >= 0)
        {
            counted += CountChars([], flush: true);
        }

        var line = Line(held, counted);
        _carry.ResetWrittenCount();
        _countedChars = -1;
        _counter.Reset();
        _inLine = false;
        return line;
    }

    /// <summary>A line from its bytes (or, when too long to keep, its counted characters); null when it is blank.</summary>
    private CohortLine? Line(ReadOnlySpan<byte> bytes, long countedChars)
    {
        if (countedChars >= 0 && countedChars > _maxLineChars)
        {
            return new CohortLine(_lineNumber, string.Empty, countedChars);
        }

        if (bytes.Length > _maxLineChars && Encoding.UTF8.GetCharCount(bytes) is var chars && chars > _maxLineChars)
        {
            return new CohortLine(_lineNumber, string.Empty, chars);
        }

        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return IsBlank(bytes) ? null : new CohortLine(_lineNumber, string.Empty) { Utf8 = bytes.ToArray() };
    }

    /// <summary>Blank as <see cref="string.IsNullOrWhiteSpace"/> decides on the decoded text; decoded only when its first byte that is not ASCII white space is not ASCII.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        var nonBlank = bytes.IndexOfAnyExcept(" \t\n\v\f\r"u8);
        if (nonBlank < 0)
        {
            return true;
        }

        return bytes[nonBlank] >= 0x80 && string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(bytes));
    }

    private bool Fill()
    {
        _start = 0;
        _end = _atFileStart ? _stream.ReadAtLeast(_block, 3, throwOnEndOfStream: false) : _stream.Read(_block, 0, _block.Length);
        if (_atFileStart)
        {
            _atFileStart = false;
            if (_block.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _start = 3;
            }
        }

        if (_end == 0)
        {
            return false;
        }

        if (_start == _end)
        {
            return Fill();
        }

        return true;
    }
}
