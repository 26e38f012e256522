using System.Text;

namespace SpineTriage.Rules.Workflows;

/// <summary>Strings: the decoded text and where its first escape is, as <see cref="LocatedJsonParser"/> records them.</summary>
internal ref partial struct StrictJsonScanner
{
    /// <summary>Reads a string at the opening quote; false (leave it to the reader) on a control character, an unknown escape or a surrogate escape.</summary>
    private bool String(out string text, out int firstEscape)
    {
        text = string.Empty;
        firstEscape = -1;
        var start = ++_position;
        var escaped = false;
        while (true)
        {
            if (_position >= _utf8.Length)
            {
                return false;
            }

            var b = _utf8[_position];
            if (b == (byte)'"')
            {
                break;
            }

            if (b < 0x20)
            {
                return false;
            }

            escaped |= b == (byte)'\\';
            _position += b == (byte)'\\' ? 2 : 1;
        }

        var end = _position++;
        if (!escaped)
        {
            text = Encoding.UTF8.GetString(_bytes, start, end - start);
            return true;
        }

        return Unescape(start, end, out text, out firstEscape);
    }

    private readonly bool Unescape(int start, int end, out string text, out int firstEscape)
    {
        text = string.Empty;
        firstEscape = -1;
        var chars = new char[end - start];
        var count = 0;
        var segment = start;
        var i = start;
        while (i < end)
        {
            if (_utf8[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            count += Encoding.UTF8.GetChars(_bytes, segment, i - segment, chars, count);
            firstEscape = firstEscape < 0 ? count : firstEscape;
            var length = 2;
            char c;
            switch (_utf8[i + 1])
            {
                case (byte)'"': c = '"'; break;
                case (byte)'\\': c = '\\'; break;
                case (byte)'/': c = '/'; break;
                case (byte)'b': c = '\b'; break;
                case (byte)'f': c = '\f'; break;
                case (byte)'n': c = '\n'; break;
                case (byte)'r': c = '\r'; break;
                case (byte)'t': c = '\t'; break;
                case (byte)'u' when i + 6 <= end && HexValue(i + 2) is var code and >= 0 and (< 0xD800 or > 0xDFFF):
                    c = (char)code;
                    length = 6;
                    break;
                default:
                    return false;
            }

            chars[count++] = c;
            i += length;
            segment = i;
        }

        count += Encoding.UTF8.GetChars(_bytes, segment, end - segment, chars, count);
        text = new string(chars, 0, count);
        return true;
    }

    /// <summary>The value of the four hex digits at the index, or -1.</summary>
    private readonly int HexValue(int index)
    {
        var value = 0;
        for (var i = index; i < index + 4; i++)
        {
            var digit = _utf8[i] switch
            {
                >= (byte)'0' and <= (byte)'9' => _utf8[i] - '0',
                >= (byte)'a' and <= (byte)'f' => _utf8[i] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => _utf8[i] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }
}
