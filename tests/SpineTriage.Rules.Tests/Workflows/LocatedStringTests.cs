using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Tests.Workflows;

public sealed class LocatedStringTests
{
    private static readonly SourceLocation Start = new("f.json", 3, 20, "$.Rules[0].Expression");

    [Fact]
    public void Offset_maps_to_the_character_after_the_opening_quote()
    {
        var text = new LocatedString("a.Age > 6", Start, -1);

        Assert.Equal((3, 27), (text.At(6).Line, text.At(6).Column));
    }

    [Fact]
    public void Offset_after_an_escape_maps_to_the_string_start()
    {
        var text = new LocatedString("a == \"x\" && b", Start, 5);

        Assert.Equal(23, text.At(2).Column);
        Assert.Equal(20, text.At(9).Column);
    }

    [Fact]
    public void Expression_diagnostic_keeps_the_offset()
    {
        var diagnostic = new LocatedString("a.Agee > 6", Start, -1).ErrorAt(2, "SPR301", "Unknown member.", "W", "R");

        Assert.Equal((2, 23, "R"), (diagnostic.ExpressionOffset, diagnostic.Column, diagnostic.RuleName));
    }

    [Fact]
    public void Escape_index_is_recorded_by_the_reader()
    {
        var (workflows, _) = WorkflowFileReaderTests.Read("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"a == \"x\""}]}""");

        var expression = workflows[0].Rules[0].Expression!;
        Assert.Equal(5, expression.FirstEscapeIndex);
        Assert.Equal(1, expression.Location.Line);
        Assert.Equal(59, expression.Location.Column);
    }
}
