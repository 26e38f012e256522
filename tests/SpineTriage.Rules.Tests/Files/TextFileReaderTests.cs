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
