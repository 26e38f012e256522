using System.Text.Json;

namespace SpineTriage.Tests.Schemas;

/// <summary>The shipped JSON Schemas, loaded once.</summary>
internal static class Schemas
{
    public static readonly JsonElement Workflow = Load("rules", "workflow.schema.json");

    public static readonly JsonElement Case = Load("seeds", "case.schema.json");

    public static readonly JsonElement RuleTests = Load("rules", "tests", "tests.schema.json");

    public static readonly JsonElement References = Load("rules", "references.schema.json");

    public static JsonElement Parse(string json) => JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement.Clone();

    /// <summary>The names of a <c>$defs</c> entry's <c>properties</c>.</summary>
    public static string[] PropertyNames(JsonElement schema, string definition) =>
        schema.GetProperty("$defs").GetProperty(definition).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    private static JsonElement Load(params string[] path) => Parse(File.ReadAllText(RepositoryFiles.PathOf(path)));
}
