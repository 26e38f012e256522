using System.Text;
using SpineTriage.Cli.Audit;

namespace SpineTriage.Cli.Tests.Audit;

// The byte reader against the text reader it replaced (JsonLinesReader, still used for UTF-16 files): the same lines, numbers,
// texts and too-long lengths on random files of short lines, blank and white-space lines, CRLF, multi-byte and invalid UTF-8,
// read in blocks small enough that lines and characters straddle them.
public sealed class CohortBlockReaderTests
{
    private static readonly string[] Pieces =
    [
        "{\"a\":1}", "{}", "é", "€", "😀", " ", "\t", "\r", "\r\n", "\n", "\n\n", "\u00a0", "\u2028", "\u0085", "\u001c", "\0", "\"case\"", "x", "\uFEFF",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(64)]
    public void Reads_the_same_lines_as_the_text_reader(int blockBytes)
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var bytes = RandomFile(random);
            var maxLineChars = random.Next(1, 12);
            Assert.Equal(ReadText(bytes, maxLineChars), ReadBytes(bytes, maxLineChars, blockBytes));
        }
    }

    [Fact]
    public void A_line_of_many_times_the_limit_is_counted_not_kept()
    {
        var bytes = Encoding.UTF8.GetBytes("{}\n" + new string('€', 5000) + "\r\n{\"b\":2}\n");
        var lines = ReadBytes(bytes, maxLineChars: 10, blockBytes: 256);
        Assert.Equal(["1 {} 0", "2  5001", "3 {\"b\":2} 0"], lines);
        Assert.Equal(ReadText(bytes, 10), lines);
    }

    [Fact]
    public void Utf16_files_are_left_to_the_text_reader()
    {
        Assert.False(CohortBlockReader.IsUtf8(Encoding.Unicode.GetPreamble()));
        Assert.False(CohortBlockReader.IsUtf8(Encoding.BigEndianUnicode.GetPreamble()));
        Assert.True(CohortBlockReader.IsUtf8(Encoding.UTF8.GetPreamble()));
        Assert.True(CohortBlockReader.IsUtf8("{}"u8));
    }

    private static byte[] RandomFile(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append('\uFEFF');
        }

        for (var n = random.Next(0, 40); n > 0; n--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        for (var flips = random.Next(0, 3); flips > 0 && bytes.Length > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
        }

        return bytes;
    }

    private static List<string> ReadText(byte[] bytes, int maxLineChars)
    {
        using var reader = new JsonLinesReader(new MemoryStream(bytes), maxLineChars);
        var lines = new List<string>();
        while (reader.Next() is { } line)
        {
            lines.Add($"{line.Number} {line.Decoded()} {line.TooLongChars}");
        }

        return lines;
    }

    private static List<string> ReadBytes(byte[] bytes, int maxLineChars, int blockBytes)
    {
        using var reader = new CohortBlockReader(new MemoryStream(bytes), maxLineChars, blockBytes);
        var lines = new List<string>();
        while (reader.Next() is { } line)
        {
            lines.Add($"{line.Number} {line.Decoded()} {line.TooLongChars}");
        }

        return lines;
    }
}
