using System.Text;
using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>Strings and names, decoded from the file's bytes when asked (each call makes a new string).</summary>
internal sealed partial class LocatedDocument
{
    /// <summary>The decoded string, the raw text of a number, or null for other values.</summary>
    internal string? TextOf(int index)
    {
        ref readonly var entry = ref _entries[index];
        return entry.Kind switch
        {
            JsonValueKind.String => _decoded?[(2 * index) + 1] ?? Decode(entry.Start, entry.End, entry.Escaped),
            JsonValueKind.Number => Encoding.UTF8.GetString(_utf8, entry.Start, entry.End - entry.Start),
            _ => null,
        };
    }

    /// <summary>The index in the decoded string of its first escaped character, or -1.</summary>
    internal int FirstEscapeIndexOf(int index)
    {
        ref readonly var entry = ref _entries[index];
        if (entry.Kind != JsonValueKind.String || !entry.Escaped)
        {
            return -1;
        }

        var raw = _utf8.AsSpan(entry.Start + 1, entry.End - entry.Start - 2);
        var backslash = raw.IndexOf((byte)'\\');
        return backslash < 0 ? -1 : Encoding.UTF8.GetCharCount(raw[..backslash]);
    }

    /// <summary>The name of the property whose value is at the index, as decoded.</summary>
    internal string NameOf(int index)
    {
        ref readonly var entry = ref _entries[index];
        return _decoded?[2 * index] ?? Decode(entry.NameStart, entry.NameEnd, entry.NameEscaped);
    }

    /// <summary>Whether the property's name is <paramref name="name"/> ignoring case (ordinal), without decoding a plain ASCII name.</summary>
    internal bool NameIs(int index, string name, bool ignoreCase)
    {
        ref readonly var entry = ref _entries[index];
        var raw = _utf8.AsSpan(entry.NameStart + 1, entry.NameEnd - entry.NameStart - 2);
        if (_decoded is null && !entry.NameEscaped && Ascii.IsValid(raw))
        {
            return ignoreCase ? Ascii.EqualsIgnoreCase(raw, name) : Ascii.Equals(raw, name);
        }

        return string.Equals(NameOf(index), name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The string between the quotes at <paramref name="start"/> and just before <paramref name="end"/>.</summary>
    private string Decode(int start, int end, bool escaped) =>
        escaped ? Unescape(_utf8, start + 1, end - 1) : Encoding.UTF8.GetString(_utf8, start + 1, end - start - 2);

    /// <summary>Decodes the escapes that <see cref="StrictJsonScanner"/> accepts (it checked them: simple escapes and \u outside the surrogates).</summary>
    /// <remarks>A short string is decoded on the stack, with no array to throw away (CompileScalingBenchmarks).</remarks>
    private static string Unescape(byte[] utf8, int start, int end)
    {
        var chars = end - start <= 256 ? stackalloc char[256] : new char[end - start];
        var count = 0;
        var segment = start;
        var i = start;
        while (i < end)
        {
            if (utf8[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            count += Encoding.UTF8.GetChars(utf8.AsSpan(segment, i - segment), chars[count..]);
            var escape = utf8[i + 1];
            var length = escape == (byte)'u' ? 6 : 2;
            chars[count++] = escape switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                (byte)'u' => (char)HexDigits(utf8, i + 2),
                var other => (char)other,
            };
            i += length;
            segment = i;
        }

        count += Encoding.UTF8.GetChars(utf8.AsSpan(segment, end - segment), chars[count..]);
        return new string(chars[..count]);
    }

    /// <summary>The value of the four hex digits at the index, or -1.</summary>
    internal static int HexDigits(ReadOnlySpan<byte> utf8, int index)
    {
        var value = 0;
        for (var i = index; i < index + 4; i++)
        {
            var digit = utf8[i] switch
            {
                >= (byte)'0' and <= (byte)'9' => utf8[i] - '0',
                >= (byte)'a' and <= (byte)'f' => utf8[i] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => utf8[i] - 'A' + 10,
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
