using System.Text.Json;

namespace SpineTriage.Tests.Schemas;

public sealed class ShippedFileSchemaTests
{
    public static TheoryData<string, string> ShippedFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in RepositoryFiles.JsonFiles("rules"))
        {
            var name = Path.GetFileName(file);
            data.Add($"rules/{name}", name == "references.json" ? "references.schema.json" : "workflow.schema.json");
        }

        foreach (var file in RepositoryFiles.JsonFiles("seeds"))
        {
            data.Add($"seeds/{Path.GetFileName(file)}", "case.schema.json");
        }

        foreach (var file in RepositoryFiles.JsonFiles(Path.Combine("rules", "tests")))
        {
            data.Add($"rules/tests/{Path.GetFileName(file)}", "tests.schema.json");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_file_names_its_schema_and_validates_against_it(string file, string schemaFile)
    {
        var instance = Schemas.Parse(File.ReadAllText(RepositoryFiles.PathOf(file.Split('/'))));
        var schema = schemaFile switch
        {
            "case.schema.json" => Schemas.Case,
            "tests.schema.json" => Schemas.RuleTests,
            "references.schema.json" => Schemas.References,
            _ => Schemas.Workflow,
        };

        Assert.Equal("./" + schemaFile, instance.GetProperty("$schema").GetString());
        Assert.Empty(new JsonSchemaValidator(schema).Validate(instance));
    }

    [Theory]
    [InlineData("rules/workflow.schema.json")]
    [InlineData("seeds/case.schema.json")]
    [InlineData("rules/tests/tests.schema.json")]
    [InlineData("rules/references.schema.json")]
    public void Each_schema_is_draft_2020_12(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(file.Split('/'))));

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void The_test_file_schema_allows_exactly_the_keys_the_reader_accepts()
    {
        var validator = new JsonSchemaValidator(Schemas.RuleTests);
        const string Good = """{ "$schema": "./tests.schema.json", "$comment": "c", "tests": [ { "name": "t", "story": "s", "case": "x.json", "expect": { "fusion": { "verdict": "Appropriate", "reasons": ["R"], "missing": ["$.a"], "warnings": ["W"] }, "redFlags": [] } } ] }""";
        const string Misspelt = """{ "tests": [ { "name": "t", "case": "x.json", "expect": { "fusion": { "verdict": "Appropriate", "reason": ["R"] } } } ] }""";

        Assert.Empty(validator.Validate(Schemas.Parse(Good)));
        Assert.Single(SpineTriage.Testing.RuleTestFile.Parse(Good, "good.tests.json").Tests);
        Assert.NotEmpty(validator.Validate(Schemas.Parse(Misspelt)));
        Assert.Throws<SpineTriage.Testing.RuleTestFileException>(() => SpineTriage.Testing.RuleTestFile.Parse(Misspelt, "bad.tests.json"));
    }
}
