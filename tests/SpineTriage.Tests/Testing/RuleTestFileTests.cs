using SpineTriage.Testing;

namespace SpineTriage.Tests.Testing;

public sealed class RuleTestFileTests
{
    [Fact]
    public void Malformed_json_is_located_in_characters_and_worded_without_the_readers_byte_position()
    {
        // "é" is two bytes: System.Text.Json's byte position is one more than the character column.
        var exception = Assert.Throws<RuleTestFileException>(() => RuleTestFile.Parse("{\n  \"é\": {,\n}", "bad.tests.json"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(("bad.tests.json", 2, 9), (problem.File, problem.Line, problem.Column));
        Assert.DoesNotContain("BytePositionInLine", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("Fix the JSON syntax at this position.", problem.Message, StringComparison.Ordinal);
    }
}
