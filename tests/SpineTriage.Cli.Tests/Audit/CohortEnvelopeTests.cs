using SpineTriage.Cli.Audit;

namespace SpineTriage.Cli.Tests.Audit;

public sealed class CohortEnvelopeTests
{
    [Fact]
    public void Malformed_envelope_is_located_in_characters_and_worded_without_the_readers_position()
    {
        // "é" is two bytes: System.Text.Json's byte position is one more than the character column of the ','.
        var envelope = CohortEnvelope.Open("""{"id": "é", "case": {,}}""");

        Assert.NotNull(envelope.Problem);
        Assert.StartsWith("$ (column 22): The line is malformed JSON: ", envelope.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", envelope.Problem, StringComparison.Ordinal);
    }
}
