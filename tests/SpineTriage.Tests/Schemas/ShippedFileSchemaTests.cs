using System.Text.Json;

namespace SpineTriage.Tests.Schemas;

public sealed class ShippedFileSchemaTests
{
    public static TheoryData<string, string> ShippedFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in RepositoryFiles.JsonFiles("rules"))
        {
            data.Add($"rules/{Path.GetFileName(file)}", "workflow.schema.json");
        }

        foreach (var file in RepositoryFiles.JsonFiles("seeds"))
        {
            data.Add($"seeds/{Path.GetFileName(file)}", "case.schema.json");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_file_names_its_schema_and_validates_against_it(string file, string schemaFile)
    {
        var instance = Schemas.Parse(File.ReadAllText(RepositoryFiles.PathOf(file.Split('/'))));
        var schema = schemaFile == "case.schema.json" ? Schemas.Case : Schemas.Workflow;

        Assert.Equal("./" + schemaFile, instance.GetProperty("$schema").GetString());
        Assert.Empty(new JsonSchemaValidator(schema).Validate(instance));
    }

    [Theory]
    [InlineData("rules/workflow.schema.json")]
    [InlineData("seeds/case.schema.json")]
    public void Each_schema_is_draft_2020_12(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(file.Split('/'))));

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }
}
