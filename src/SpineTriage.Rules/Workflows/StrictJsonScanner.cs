using System.Text;
using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// The fast path of <see cref="LocatedJsonParser"/>: plain JSON (no comments, no trailing commas, no surrogate escapes,
/// nesting within the limit) read into the same <see cref="LocatedValue"/> tree that <see cref="Utf8JsonReader"/> gives.
/// Anything else returns null and the reader reads the file instead, so every problem is still found and described
/// by it. Why not always the reader: its first use in a process costs tens of milliseconds of start-up.
/// </summary>
internal ref partial struct StrictJsonScanner
{
    private readonly ReadOnlySpan<byte> _utf8;
    private readonly byte[] _bytes;
    private readonly int _maxDepth;
    private int _position;

    private StrictJsonScanner(byte[] utf8, int maxDepth)
    {
        _utf8 = utf8;
        _bytes = utf8;
        _maxDepth = maxDepth;
    }

    /// <summary>The root value, or null when the text is not plain JSON within the depth limit.</summary>
    public static LocatedValue? TryScan(byte[] utf8, int maxDepth)
    {
        var scanner = new StrictJsonScanner(utf8, maxDepth);
        scanner.SkipWhitespace();
        var root = scanner.Value(0);
        if (root is null)
        {
            return null;
        }

        scanner.SkipWhitespace();
        return scanner._position == utf8.Length ? root : null;
    }

    private LocatedValue? Value(int depth)
    {
        if (_position >= _utf8.Length)
        {
            return null;
        }

        var start = _position;
        switch (_utf8[_position])
        {
            case (byte)'{':
                return depth >= _maxDepth ? null : Object(depth);
            case (byte)'[':
                return depth >= _maxDepth ? null : Array(depth);
            case (byte)'"':
                return String(out var text, out var firstEscape) ? LocatedValue.Scalar(JsonValueKind.String, start, _position, text, firstEscape) : null;
            case (byte)'t':
                return Literal("true"u8) ? LocatedValue.Scalar(JsonValueKind.True, start, _position) : null;
            case (byte)'f':
                return Literal("false"u8) ? LocatedValue.Scalar(JsonValueKind.False, start, _position) : null;
            case (byte)'n':
                return Literal("null"u8) ? LocatedValue.Scalar(JsonValueKind.Null, start, _position) : null;
            default:
                return Number() ? LocatedValue.Scalar(JsonValueKind.Number, start, _position, Encoding.UTF8.GetString(_bytes, start, _position - start)) : null;
        }
    }

    private LocatedValue? Object(int depth)
    {
        var start = _position++;
        var properties = new List<LocatedProperty>();
        SkipWhitespace();
        if (!Accept((byte)'}'))
        {
            do
            {
                SkipWhitespace();
                var nameStart = _position;
                if (!At((byte)'"') || !String(out var name, out _))
                {
                    return null;
                }

                SkipWhitespace();
                if (!Accept((byte)':'))
                {
                    return null;
                }

                SkipWhitespace();
                if (Value(depth + 1) is not { } value)
                {
                    return null;
                }

                properties.Add(new LocatedProperty(name, nameStart, value));
                SkipWhitespace();
            }
            while (Accept((byte)','));

            if (!Accept((byte)'}'))
            {
                return null;
            }
        }

        return LocatedValue.Object(start, _position, properties);
    }

    private LocatedValue? Array(int depth)
    {
        var start = _position++;
        var items = new List<LocatedValue>();
        SkipWhitespace();
        if (!Accept((byte)']'))
        {
            do
            {
                SkipWhitespace();
                if (Value(depth + 1) is not { } item)
                {
                    return null;
                }

                items.Add(item);
                SkipWhitespace();
            }
            while (Accept((byte)','));

            if (!Accept((byte)']'))
            {
                return null;
            }
        }

        return LocatedValue.Array(start, _position, items);
    }

    private bool At(byte expected) => _position < _utf8.Length && _utf8[_position] == expected;

    private bool Accept(byte expected)
    {
        if (!At(expected))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void SkipWhitespace()
    {
        while (_position < _utf8.Length && _utf8[_position] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            _position++;
        }
    }

    /// <summary>After a number or a literal, the reader wants a delimiter; anything else is left to it.</summary>
    private readonly bool AtDelimiter() =>
        _position == _utf8.Length || _utf8[_position] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)',' or (byte)'}' or (byte)']';

    private bool Literal(ReadOnlySpan<byte> word)
    {
        if (!_utf8[_position..].StartsWith(word))
        {
            return false;
        }

        _position += word.Length;
        return AtDelimiter();
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private bool Number()
    {
        Accept((byte)'-');
        if (!Accept((byte)'0') && !Digits())
        {
            return false;
        }

        if (Accept((byte)'.') && !Digits())
        {
            return false;
        }

        if (Accept((byte)'e') || Accept((byte)'E'))
        {
            _ = Accept((byte)'+') || Accept((byte)'-');
            if (!Digits())
            {
                return false;
            }
        }

        return AtDelimiter();
    }

    private bool Digits()
    {
        var start = _position;
        while (_position < _utf8.Length && char.IsAsciiDigit((char)_utf8[_position]))
        {
            _position++;
        }

        return _position > start;
    }
}
