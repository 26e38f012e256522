using System.Text;
using SpineTriage.Hostile;

namespace SpineTriage.Rules.Tests.Files;

public sealed class TextFileReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-reader-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(HostileFileKind.LinkToDevZero, TextFileProblem.NotRegularFile, "symbolic link to '/dev/zero', which is a character device")]
    [InlineData(HostileFileKind.LinkToDevUrandom, TextFileProblem.NotRegularFile, "a character device")]
    [InlineData(HostileFileKind.Fifo, TextFileProblem.NotRegularFile, "a FIFO")]
    [InlineData(HostileFileKind.LinkLoop, TextFileProblem.Unreadable, "link loop")]
    [InlineData(HostileFileKind.BrokenLink, TextFileProblem.NotFound, "broken symbolic link")]
    public void A_file_that_is_not_regular_is_a_problem_not_a_hang_or_an_exception(HostileFileKind kind, TextFileProblem problem, string message)
    {
        var path = new HostileFile("x.json", "", kind).WriteTo(_directory);

        var read = BoundedRun.Within(TimeSpan.FromSeconds(10), "The read", () => TextFileReader.Read(path, 1024));

        Assert.Equal(problem, read.Problem);
        Assert.Null(read.Text);
        Assert.Contains(message, read.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xFF, 0x7D }, 1, 2)]
    [InlineData(new byte[] { 0x7B, 0x0A, 0x20, 0x22, 0xC3, 0x22, 0x7D }, 2, 3)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x22, 0xE2, 0x82, 0x22 }, 1, 2)]
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 }, 1, 2)]
    public void A_file_that_is_not_utf8_is_refused_at_its_first_bad_byte(byte[] bytes, int line, int column)
    {
        // Issue 12, item 11: bad bytes were read as U+FFFD, so an id or a value changed silently and errors named the wrong text.
        var path = Path.Combine(_directory, "latin1.json");
        File.WriteAllBytes(path, bytes);

        var read = TextFileReader.Read(path, 1024);

        Assert.Equal(TextFileProblem.NotUtf8, read.Problem);
        Assert.Null(read.Text);
        Assert.Equal((line, column), (read.Line, read.Column));
        Assert.Contains($"line {line}, column {column}", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_its_byte_order_mark_and_utf8_holding_a_real_replacement_character_are_read()
    {
        var utf16 = Path.Combine(_directory, "utf16.json");
        File.WriteAllText(utf16, "{\"a\":\"é\"}", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        var replacement = Path.Combine(_directory, "fffd.json");
        File.WriteAllText(replacement, "{\"a\":\"\uFFFD\"}", new UTF8Encoding(false));

        Assert.Equal("{\"a\":\"é\"}", TextFileReader.Read(utf16, 1024).Text);
        Assert.Equal("{\"a\":\"\uFFFD\"}", TextFileReader.Read(replacement, 1024).Text);
    }

    [Fact]
    public void A_directory_and_a_missing_path_are_problems()
    {
        Assert.Equal(TextFileProblem.NotRegularFile, TextFileReader.Read(_directory, 10).Problem);
        Assert.Equal(TextFileProblem.NotFound, TextFileReader.Read(Path.Combine(_directory, "nothing"), 10).Problem);
    }

    [Fact]
    public void A_file_over_the_limit_is_read_only_to_the_limit_plus_one_byte()
    {
        var path = Path.Combine(_directory, "big.json");
        File.WriteAllBytes(path, new byte[1_000_000]);

        var read = TextFileReader.Read(path, 100);

        Assert.Equal((TextFileProblem.TooLarge, 101L), (read.Problem, read.BytesRead));
        Assert.Contains("more than 100 bytes", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regular_file_and_a_link_to_one_are_read_with_byte_order_marks_honoured()
    {
        var path = Path.Combine(_directory, "ok.json");
        File.WriteAllText(path, "{\"a\":\"é\"}", new UTF8Encoding(true));
        var link = Path.Combine(_directory, "link.json");
        File.CreateSymbolicLink(link, path);

        var direct = TextFileReader.Read(path, 100);
        var linked = TextFileReader.Read(link, 100);

        Assert.Equal(("{\"a\":\"é\"}", TextFileProblem.None), (direct.Text, direct.Problem));
        Assert.Equal(direct.Text, linked.Text);
        Assert.Equal(TextFileProblem.TooLarge, TextFileReader.Read(path, 5).Problem);
    }
}
