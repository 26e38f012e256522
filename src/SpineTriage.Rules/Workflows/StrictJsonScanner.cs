using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// The fast path of <see cref="LocatedJsonParser"/>: plain JSON (no comments, no trailing commas, no surrogate escapes,
/// nesting within the limit) read into the same <see cref="LocatedDocument"/> that <see cref="Utf8JsonReader"/> gives.
/// Anything else returns null and the reader reads the file instead, so every problem is still found and described
/// by it. Why not always the reader: its first use in a process costs tens of milliseconds of start-up.
/// </summary>
/// <remarks>
/// Shown by the cold stage of benchmarks/run (`SpineTriage.Benchmarks --cold`, 20 interleaved fresh processes each,
/// 2026-12-06): as built (JIT), the default pack's cold load took 112.8 ms median with this scanner and 158.7 ms with the
/// reader alone; under ReadyToRun 58.1 and 55.1 ms, no measurable difference. The CLI is a JIT deployment:
/// `spinetriage evaluate` of one seed took 0.495 s median with it and 0.555 s without (12 interleaved runs each), although
/// it reads the case with the reader. Remove it when a JIT cold load stops showing the difference.
/// </remarks>
internal ref partial struct StrictJsonScanner
{
    private readonly ReadOnlySpan<byte> _utf8;
    private readonly LocatedDocument _document;
    private readonly int _maxDepth;
    private int _position;

    private StrictJsonScanner(byte[] utf8, int maxDepth)
    {
        _utf8 = utf8;
        _document = new LocatedDocument(utf8, decodedByReader: false);
        _maxDepth = maxDepth;
    }

    /// <summary>The root value, or null when the text is not plain JSON within the depth limit.</summary>
    public static LocatedValue? TryScan(byte[] utf8, int maxDepth)
    {
        var scanner = new StrictJsonScanner(utf8, maxDepth);
        scanner.SkipWhitespace();
        if (!scanner.Value(0))
        {
            return null;
        }

        scanner.SkipWhitespace();
        return scanner._position == utf8.Length ? scanner._document.Root : null;
    }

    private bool Value(int depth)
    {
        if (_position >= _utf8.Length)
        {
            return false;
        }

        var start = _position;
        switch (_utf8[_position])
        {
            case (byte)'{':
                return depth < _maxDepth && Object(depth);
            case (byte)'[':
                return depth < _maxDepth && Array(depth);
            case (byte)'"':
                return String(out var escaped) && Add(JsonValueKind.String, start, escaped);
            case (byte)'t':
                return Literal("true"u8) && Add(JsonValueKind.True, start);
            case (byte)'f':
                return Literal("false"u8) && Add(JsonValueKind.False, start);
            case (byte)'n':
                return Literal("null"u8) && Add(JsonValueKind.Null, start);
            default:
                return Number() && Add(JsonValueKind.Number, start);
        }
    }

    private readonly bool Add(JsonValueKind kind, int start, bool escaped = false)
    {
        _document.AddScalar(kind, start, _position, escaped);
        return true;
    }

    private bool Object(int depth)
    {
        var index = _document.Open(JsonValueKind.Object, _position++);
        var count = 0;
        SkipWhitespace();
        if (!Accept((byte)'}'))
        {
            do
            {
                SkipWhitespace();
                var nameStart = _position;
                if (!At((byte)'"') || !String(out var escaped))
                {
                    return false;
                }

                _document.SetPropertyName(nameStart, _position, escaped);
                SkipWhitespace();
                if (!Accept((byte)':'))
                {
                    return false;
                }

                SkipWhitespace();
                if (!Value(depth + 1))
                {
                    return false;
                }

                count++;
                SkipWhitespace();
            }
            while (Accept((byte)','));

            if (!Accept((byte)'}'))
            {
                return false;
            }
        }

        _document.Close(index, _position, count);
        return true;
    }

    private bool Array(int depth)
    {
        var index = _document.Open(JsonValueKind.Array, _position++);
        var count = 0;
        SkipWhitespace();
        if (!Accept((byte)']'))
        {
            do
            {
                SkipWhitespace();
                if (!Value(depth + 1))
                {
                    return false;
                }

                count++;
                SkipWhitespace();
            }
            while (Accept((byte)','));

            if (!Accept((byte)']'))
            {
                return false;
            }
        }

        _document.Close(index, _position, count);
        return true;
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
