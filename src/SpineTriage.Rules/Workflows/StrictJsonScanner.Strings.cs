namespace SpineTriage.Rules.Workflows;

/// <summary>Strings: checked here, decoded by <see cref="LocatedDocument"/> when asked.</summary>
internal ref partial struct StrictJsonScanner
{
    /// <summary>Reads a string at the opening quote; false (leave it to the reader) on a control character, an unknown escape or a surrogate escape.</summary>
    private bool String(out bool escaped)
    {
        escaped = false;
        _position++;
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

            if (b == (byte)'\\')
            {
                escaped = true;
                if (!Escape())
                {
                    return false;
                }

                continue;
            }

            _position++;
        }

        _position++;
        return true;
    }

    /// <summary>Passes an escape at the backslash: a simple one, or \u with four hex digits outside the surrogates.</summary>
    private bool Escape()
    {
        if (_position + 1 >= _utf8.Length)
        {
            return false;
        }

        switch (_utf8[_position + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                _position += 2;
                return true;
            case (byte)'u' when _position + 6 <= _utf8.Length && LocatedDocument.HexDigits(_utf8, _position + 2) is var code and >= 0 and (< 0xD800 or > 0xDFFF):
                _position += 6;
                return true;
            default:
                return false;
        }
    }
}
