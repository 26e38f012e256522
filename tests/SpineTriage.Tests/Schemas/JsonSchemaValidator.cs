using System.Text;
using System.Text.Json;
using Json.Schema;

namespace SpineTriage.Tests.Schemas;

/// <summary>
/// The shipped JSON Schemas checked by JsonSchema.Net 8.0.5 (draft 2020-12, every keyword; the package's later major
/// versions are not free for companies), with each violation as "JSON path: keyword: message", the path written as
/// the engine's diagnostics write it (<c>$.Rules[0].Expression</c>). <see cref="Resolve"/> follows local <c>$ref</c>s for
/// the tests that compare a schema's structure with the C# model.
/// </summary>
internal sealed class JsonSchemaValidator(JsonElement root)
{
    // Each validator builds into its own registry: two schemas with the same $id never collide.
    private readonly JsonSchema _schema = JsonSchema.Build(root, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>Every violation as "JSON path: keyword: message"; empty when <paramref name="instance"/> is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var results = _schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        Collect(results, errors);
        // JsonSchema.Net 8.0.5 gives no message for some keywords (oneOf matching twice): invalid all the same.
        return errors.Count > 0 ? errors : ["$: invalid (the schema gave no message)"];
    }

    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{Path(node.InstanceLocation.ToString())}: {(keyword.Length == 0 ? "false schema" : keyword)}: {message}");
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    /// <summary>The schema a local <c>$ref</c> (<c>#/$defs/…</c>) points to, followed until it is not a reference.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            const string prefix = "#/$defs/";
            if (!target.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new NotSupportedException($"Only local $ref to {prefix}… is followed, not '{target}'.");
            }

            schema = root.GetProperty("$defs").GetProperty(target[prefix.Length..]);
        }

        return schema;
    }

    /// <summary>A JSON Pointer (<c>/Rules/0/Expression</c>) as a JSON path (<c>$.Rules[0].Expression</c>).</summary>
    private static string Path(string pointer)
    {
        var path = new StringBuilder("$");
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.Length > 0 && name.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }
}
