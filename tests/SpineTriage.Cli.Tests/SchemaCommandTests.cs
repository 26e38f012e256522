using System.Text.Json.Nodes;

namespace SpineTriage.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Theory]
    [InlineData("case", "seeds/case.schema.json")]
    [InlineData("workflow", "rules/workflow.schema.json")]
    [InlineData("tests", "rules/tests/tests.schema.json")]
    [InlineData("references", "rules/references.schema.json")]
    public void Each_schema_prints_the_repository_file(string name, string file)
    {
        var run = CliRun.Of("schema", name);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.Root, file)).ReplaceLineEndings("\n"), run.Output.ReplaceLineEndings("\n"));
        Assert.NotNull(JsonNode.Parse(run.Output)!["$schema"]);
    }

    [Fact]
    public void An_unknown_schema_is_a_usage_error_that_lists_the_names()
    {
        var run = CliRun.Of("schema", "patient");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("case", run.Error, StringComparison.Ordinal);
        Assert.Contains("workflow", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
