using System.Buffers;
using System.Globalization;
using System.Text;

namespace SpineTriage.Rules.Files;

/// <summary>
/// Finds the first byte of a file that is not UTF-8, so the file is refused with its place named instead of being read
/// with U+FFFD in place of its bytes (an id or a value silently changed, and a later error naming the wrong text).
/// </summary>
internal static class Utf8Check
{
    /// <summary>Where the first invalid byte is, and a sentence that says so.</summary>
    internal readonly record struct Invalid(int Line, int Column, int Offset, byte Byte, string Message);

    /// <summary>Tells whether the bytes are read as UTF-8: no byte order mark, or the UTF-8 one (UTF-16 and UTF-32 marks are decoded by their encoding).</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes) =>
        !(bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]));

    /// <summary>The first invalid UTF-8 sequence, or null when the bytes are valid UTF-8 (or carry another encoding's byte order mark).</summary>
    public static Invalid? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (!IsUtf8(bytes) || System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var at = 0;
        while (at < bytes.Length && Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        // Columns count bytes from the line's start, after a UTF-8 byte order mark on the first line (as an editor shows them).
        var lineStart = Math.Max(bytes[..at].LastIndexOf((byte)'\n') + 1, bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
        var line = bytes[..at].Count((byte)'\n') + 1;
        var column = at - lineStart + 1;
        var message = string.Create(CultureInfo.InvariantCulture,
            $"The file is not valid UTF-8: byte 0x{bytes[at]:X2} at line {line}, column {column} (byte offset {at}) starts no UTF-8 character. Save the file as UTF-8.");
        return new Invalid(line, column, at, bytes[at], message);
    }
}
