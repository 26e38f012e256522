namespace SpineTriage.Rules.Tests.Workflows;

public sealed class RuleSourceFilesInTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-files-in-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_json_files_directly_in_the_directory_are_listed_in_ordinal_order_without_schemas()
    {
        foreach (var name in new[] { "b.json", "B.json", "a.json", "workflow.schema.json", "notes.txt", "c.JSON.bak" })
        {
            File.WriteAllText(Path.Combine(_directory, name), "[]");
        }

        Directory.CreateDirectory(Path.Combine(_directory, "nested"));
        File.WriteAllText(Path.Combine(_directory, "nested", "d.json"), "[]");

        var files = RuleSource.FilesIn(_directory);

        Assert.Equal(["B.json", "a.json", "b.json"], files.Select(Path.GetFileName));
        Assert.All(files, f => Assert.Equal(_directory, Path.GetDirectoryName(f)));
    }

    [Fact]
    public void The_listed_files_are_the_ones_LoadDirectory_loads()
    {
        File.WriteAllText(Path.Combine(_directory, "one.json"), """{ "WorkflowName": "one", "Rules": [ { "RuleName": "r", "Expression": "x > 0" } ] }""");
        File.WriteAllText(Path.Combine(_directory, "two.json"), """{ "WorkflowName": "two", "Rules": [ { "RuleName": "r", "Expression": "x > 1" } ] }""");
        File.WriteAllText(Path.Combine(_directory, "rules.schema.json"), "not a workflow");

        var loaded = RuleSet.LoadDirectory(_directory, new RuleSetOptions { Inputs = { new RuleInput("x", typeof(int)) } });

        Assert.Equal(RuleSource.FilesIn(_directory), loaded.Workflows.Select(w => w.SourceName));
    }

    [Fact]
    public void A_directory_without_rule_files_gives_an_empty_list()
    {
        File.WriteAllText(Path.Combine(_directory, "case.schema.json"), "{}");

        Assert.Empty(RuleSource.FilesIn(_directory));
    }

    [Fact]
    public void A_missing_directory_is_an_io_exception()
    {
        Assert.ThrowsAny<IOException>(() => RuleSource.FilesIn(Path.Combine(_directory, "missing")));
        Assert.Throws<ArgumentNullException>(() => RuleSource.FilesIn(null!));
    }
}
