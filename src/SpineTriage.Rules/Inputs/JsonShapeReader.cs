using System.Text.Json;

namespace SpineTriage.Rules.Inputs;

/// <summary>
/// Reads an input's shape from a JSON Schema (the subset that types data: <c>type</c>, with <c>"null"</c> allowed
/// beside another type; <c>properties</c>; <c>items</c>; <c>format</c> <c>date</c> and <c>date-time</c>; <c>enum</c>
/// of strings) or infers it from a sample document. Anything else that would change a value's type (<c>oneOf</c>,
/// <c>anyOf</c>, <c>allOf</c>, <c>$ref</c>, an object without <c>properties</c>, an array without <c>items</c>) is
/// refused with its JSON path: rules over such an input could not be type-checked at load.
/// </summary>
internal static class JsonShapeReader
{
    private static readonly string[] Unsupported = ["oneOf", "anyOf", "allOf", "$ref", "not", "if", "patternProperties"];

    /// <summary>The deepest nesting of objects and arrays read (a hostile schema or sample must not exhaust the stack).</summary>
    private const int MaxDepth = 32;

    public static JsonObjectShape FromSchema(JsonElement schema) =>
        Read(schema, "$", 0) as JsonObjectShape ?? throw Refused("$", "an input's schema must describe an object (\"type\": \"object\" with \"properties\")");

    public static JsonObjectShape FromSample(JsonElement sample) =>
        Infer(sample, "$", 0) as JsonObjectShape ?? throw Refused("$", "an input's sample must be a JSON object");

    private static JsonShape Read(JsonElement schema, string path, int depth)
    {
        CheckDepth(depth, path);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw Refused(path, "a schema must be a JSON object");
        }

        foreach (var keyword in Unsupported)
        {
            if (schema.TryGetProperty(keyword, out _))
            {
                throw Refused(path, $"'{keyword}' is not supported: give each value one type");
            }
        }

        var type = TypeOf(schema, path);
        switch (type)
        {
            case "object":
                if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
                {
                    throw Refused(path, "an object needs \"properties\" (rules read its members by name)");
                }

                var members = new List<(string, JsonShape)>();
                foreach (var property in properties.EnumerateObject())
                {
                    CheckName(property.Name, $"{path}.properties");
                    members.Add((property.Name, Read(property.Value, $"{path}.properties.{property.Name}", depth + 1)));
                }

                return Distinct(members, $"{path}.properties");
            case "array":
                return schema.TryGetProperty("items", out var items)
                    ? new JsonArrayShape(Read(items, $"{path}.items", depth + 1))
                    : throw Refused(path, "an array needs \"items\" (rules read its elements)");
            case "string":
                var format = schema.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                return new JsonScalar(format switch { "date" => JsonScalarKind.Date, "date-time" => JsonScalarKind.DateTime, _ => JsonScalarKind.String });
            case "number":
                return new JsonScalar(JsonScalarKind.Number);
            case "integer":
                return new JsonScalar(JsonScalarKind.Integer);
            case "boolean":
                return new JsonScalar(JsonScalarKind.Boolean);
            default:
                throw Refused(path, $"unknown type '{type}'; use object, array, string, number, integer or boolean");
        }
    }

    /// <summary>The schema's one type besides "null"; an enum of strings is a string.</summary>
    private static string TypeOf(JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Null))
            {
                return "string";
            }

            throw Refused(path, "a value needs a \"type\"");
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString()!;
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            var named = type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String && t.GetString() != "null").Select(t => t.GetString()!).ToList();
            if (named.Count == 1)
            {
                return named[0];
            }
        }

        throw Refused(path, "\"type\" must name one type (with \"null\" beside it if the value may be null)");
    }

    private static JsonShape Infer(JsonElement sample, string path, int depth)
    {
        CheckDepth(depth, path);
        switch (sample.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<(string, JsonShape)>();
                foreach (var property in sample.EnumerateObject())
                {
                    CheckName(property.Name, path);
                    members.Add((property.Name, Infer(property.Value, $"{path}.{property.Name}", depth + 1)));
                }

                return Distinct(members, path);
            case JsonValueKind.Array:
                var items = sample.EnumerateArray().Select((item, i) => Infer(item, $"{path}[{i}]", depth + 1)).ToList();
                return items.Count == 0
                    ? throw Refused(path, "an empty array in a sample gives no type for its elements; give one element, or a schema")
                    : new JsonArrayShape(items.Aggregate((a, b) => Merge(a, b, path)));
            case JsonValueKind.String:
                return new JsonScalar(JsonScalarKind.String);
            case JsonValueKind.Number:
                return new JsonScalar(sample.TryGetInt64(out _) ? JsonScalarKind.Integer : JsonScalarKind.Number);
            case JsonValueKind.True or JsonValueKind.False:
                return new JsonScalar(JsonScalarKind.Boolean);
            default:
                throw Refused(path, "a null in a sample gives no type; give a value, or a schema");
        }
    }

    /// <summary>Two elements of a sample array: objects merge their members; an integer and a number are a number.</summary>
    private static JsonShape Merge(JsonShape a, JsonShape b, string path) => (a, b) switch
    {
        _ when a == b => a,
        (JsonScalar { Kind: JsonScalarKind.Integer or JsonScalarKind.Number }, JsonScalar { Kind: JsonScalarKind.Integer or JsonScalarKind.Number }) => new JsonScalar(JsonScalarKind.Number),
        (JsonObjectShape x, JsonObjectShape y) => new JsonObjectShape(MergeMembers(x, y, path)),
        (JsonArrayShape x, JsonArrayShape y) => new JsonArrayShape(Merge(x.Items, y.Items, path)),
        _ => throw Refused(path, "the sample's array holds elements of different types; give a schema"),
    };

    private static List<(string, JsonShape)> MergeMembers(JsonObjectShape x, JsonObjectShape y, string path)
    {
        var merged = x.Properties.ToList();
        foreach (var (name, shape) in y.Properties)
        {
            var at = merged.FindIndex(m => m.Item1 == name);
            if (at < 0)
            {
                merged.Add((name, shape));
            }
            else
            {
                merged[at] = (name, Merge(merged[at].Item2, shape, $"{path}.{name}"));
            }
        }

        return merged;
    }

    /// <summary>Members whose names differ only in case would be one name to rules (names are matched case-insensitively).</summary>
    private static JsonObjectShape Distinct(List<(string Name, JsonShape Shape)> members, string path)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, _) in members)
        {
            if (!seen.Add(name))
            {
                throw Refused(path, $"two members are named '{name}' but for case, which rules could not tell apart");
            }
        }

        return new JsonObjectShape(members);
    }

    /// <summary>A member rules read by name must be a name the expression language can write.</summary>
    private static void CheckName(string name, string path)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            throw Refused(path, $"the member '{name}' is not a name an expression can read (letters, digits and '_', not starting with a digit)");
        }
    }

    private static void CheckDepth(int depth, string path)
    {
        if (depth > MaxDepth)
        {
            throw Refused(path, $"objects and arrays nest more than {MaxDepth} deep");
        }
    }

    private static ArgumentException Refused(string path, string reason) => new($"The input's shape at {path}: {reason}.");
}
