using System.Text;
using SpineTriage.Cli.Audit;

namespace SpineTriage.Cli.Tests.Audit;

public sealed class AuditFormatTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a=b", "a=b")]
    public void Csv_fields_are_quoted_as_rfc_4180_says_and_formulas_stay_text(string field, string expected) =>
        Assert.Equal(expected, CsvResultsWriter.Quote(field));

    [Fact]
    public void Line_reader_numbers_lines_as_an_editor_does_skipping_blank_ones_with_crlf_and_no_final_newline()
    {
        using var reader = new JsonLinesReader(new MemoryStream(Encoding.UTF8.GetBytes("{}\r\n\r\n  \n{\"a\":1}\r\n{}")), maxLineChars: 100);

        var lines = new List<CohortLine>();
        while (reader.Next() is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal([new CohortLine(1, "{}"), new CohortLine(4, "{\"a\":1}"), new CohortLine(5, "{}")], lines);
    }

    [Fact]
    public void Line_reader_reports_a_too_long_line_by_its_length_without_keeping_it()
    {
        var text = new string('x', 200_000) + "\n{}\n";
        using var reader = new JsonLinesReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineChars: 1000);

        Assert.Equal(new CohortLine(1, string.Empty, 200_000), reader.Next());
        Assert.Equal(new CohortLine(2, "{}"), reader.Next());
        Assert.Null(reader.Next());
    }

    [Fact]
    public void Generated_cohorts_are_the_same_for_the_same_seed_and_differ_for_another()
    {
        static string Generate(int seed)
        {
            var writer = new StringWriter();
            CohortFileWriter.Write(writer, 50, seed, malformedEvery: 0, withIds: false);
            return writer.ToString();
        }

        Assert.Equal(Generate(3), Generate(3));
        Assert.NotEqual(Generate(3), Generate(4));
    }
}
