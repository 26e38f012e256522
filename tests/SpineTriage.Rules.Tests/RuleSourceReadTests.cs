namespace SpineTriage.Rules.Tests;

/// <summary>What a rule source tells a host about a file it could not read (size over the limit, missing), before loading it.</summary>
public sealed class RuleSourceReadTests
{
    [Fact]
    public void A_file_over_the_size_limit_is_not_read_and_says_at_least_how_large_it_is()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[" + new string(' ', 100) + "]");

            var source = RuleSource.FromFile(path, "big.json", maxBytes: 10);

            Assert.True(source.UnreadBytes > 10);
            Assert.Null(source.ReadProblem);
            Assert.Equal(string.Empty, source.Json);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_has_a_read_problem_and_no_content()
    {
        var source = RuleSource.FromFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"));

        Assert.False(string.IsNullOrWhiteSpace(source.ReadProblem));
        Assert.Null(source.UnreadBytes);
        Assert.Equal(string.Empty, source.Json);
    }

    [Fact]
    public void A_file_read_in_full_or_a_source_made_from_text_has_neither()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[]");

            var read = RuleSource.FromFile(path);
            var made = new RuleSource("made.json", "[]");

            Assert.Equal((null, null, "[]"), (read.UnreadBytes, read.ReadProblem, read.Json));
            Assert.Equal((null, null), (made.UnreadBytes, made.ReadProblem));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
