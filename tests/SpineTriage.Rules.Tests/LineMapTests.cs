using System.Text;

namespace SpineTriage.Rules.Tests;

/// <summary>Byte offsets to 1-based line and UTF-16 column, on ASCII lines (by subtraction) and on others (counted on from the last position asked).</summary>
public sealed class LineMapTests
{
    private const string Text = "{\"a\": 1,\n  \"é\": \"ü€😀\", \"b\": 2, \"c\": \"ß\", \"d\": 3\n\"e\"";

    [Fact]
    public void Every_offset_maps_to_the_line_and_character_column_of_a_plain_count_in_any_order_of_asking()
    {
        var utf8 = Encoding.UTF8.GetBytes(Text);
        var expected = Enumerable.Range(0, utf8.Length + 1).Select(offset => Expected(utf8, offset)).ToArray();
        var forward = new LineMap(utf8);
        var shuffled = new LineMap(utf8);
        var order = Enumerable.Range(0, utf8.Length + 1).OrderBy(i => (i * 7919) % 31).ThenBy(i => i).ToArray();

        Assert.Equal(expected, Enumerable.Range(0, utf8.Length + 1).Select(offset => forward.At(offset)));
        Assert.Equal(order.Select(offset => expected[offset]), order.Select(offset => shuffled.At(offset)));
    }

    [Fact]
    public void A_line_and_byte_position_maps_like_the_offset_it_names()
    {
        var utf8 = Encoding.UTF8.GetBytes(Text);
        var map = new LineMap(utf8);
        var secondLine = Array.IndexOf(utf8, (byte)'\n') + 1;

        Assert.Equal(map.At(secondLine + 12), map.AtLineByte(1, 12));
        Assert.Equal((1, 3), map.AtLineByte(0, 2));
    }

    [Fact]
    public void A_reader_or_serializer_message_loses_the_byte_position_and_path_it_ends_with()
    {
        var reader = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse("{\"a\" }"));
        var serializer = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>("{\"a\": \"x\"}"));

        Assert.Contains(" LineNumber:", reader.Message, StringComparison.Ordinal);
        Assert.Equal("'}' is invalid after a property name. Expected a ':'.", LineMap.MessageWithoutPosition(reader));
        Assert.Contains(" Path:", serializer.Message, StringComparison.Ordinal);
        Assert.Equal("The JSON value could not be converted to System.Int32.", LineMap.MessageWithoutPosition(serializer));
        Assert.Equal("No position here.", LineMap.MessageWithoutPosition(new System.Text.Json.JsonException("No position here")));
    }

    /// <summary>The reference: count lines and the UTF-16 characters of the line's bytes before the offset (a partial character counts as one).</summary>
    private static (int Line, int Column) Expected(byte[] utf8, int offset)
    {
        var lineStart = Array.LastIndexOf(utf8, (byte)'\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        var line = utf8.Take(lineStart).Count(b => b == (byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart) + 1);
    }
}
