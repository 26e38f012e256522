using System.Globalization;
using System.Text.Json;
using SpineTriage.Cases;
using SpineTriage.Cases.Json;

namespace SpineTriage.Tests.Schemas;

public sealed class CaseSchemaTests
{
    private static readonly JsonSchemaValidator Validator = new(Schemas.Case);

    /// <summary>Every numeric leaf of the schema: its path in a case and its schema.</summary>
    public static TheoryData<string> NumericPaths()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Leaves(Validator.Resolve(Schemas.Case), "$").Where(l => IsNumeric(l.Schema)))
        {
            data.Add(path);
        }

        return data;
    }

    [Fact]
    public void Every_member_of_the_case_model_is_in_the_schema_with_its_json_type_and_no_other()
    {
        var problems = new List<string>();
        CompareObject(typeof(PatientCase), Validator.Resolve(Schemas.Case), "$", problems);

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(NumericPaths))]
    public void Schema_ranges_match_the_case_validator(string path)
    {
        var schema = Leaves(Validator.Resolve(Schemas.Case), "$").Single(l => l.Path == path).Schema;
        var step = Types(schema).Contains("integer") ? 1 : 0.5;
        var low = schema.TryGetProperty("minimum", out var minimum) ? minimum.GetDouble() : (double?)null;
        var high = schema.TryGetProperty("maximum", out var maximum) ? maximum.GetDouble() : (double?)null;

        Assert.True(Reads(path, low ?? -100_000), $"{path}: the lowest value the schema allows must read");
        Assert.True(Reads(path, high ?? 100_000), $"{path}: the highest value the schema allows must read");
        Assert.True(low is null || !Reads(path, low.Value - step), $"{path}: below the schema's minimum must be refused");
        Assert.True(high is null || !Reads(path, high.Value + step), $"{path}: above the schema's maximum must be refused");
    }

    [Fact]
    public void A_case_with_every_field_validates_against_the_schema()
    {
        using var full = JsonDocument.Parse(PatientCaseJson.Write(Cases.FullCase.Create()));

        Assert.Empty(Validator.Validate(full.RootElement));
    }

    private static bool Reads(string path, double value)
    {
        var json = Wrap(path["$.".Length..].Split('.'), value.ToString(CultureInfo.InvariantCulture));
        return PatientCaseJson.Read(json).Succeeded && Validator.Validate(Schemas.Parse(json)).Count == 0;
    }

    private static string Wrap(string[] segments, string value) => segments.Length == 0
        ? value
        : segments[0].EndsWith("[]", StringComparison.Ordinal)
            ? $$"""{"{{segments[0][..^2]}}": [{{Wrap(segments[1..], value)}}]}"""
            : $$"""{"{{segments[0]}}": {{Wrap(segments[1..], value)}}}""";

    private static IEnumerable<(string Path, JsonElement Schema)> Leaves(JsonElement objectSchema, string path)
    {
        foreach (var property in objectSchema.GetProperty("properties").EnumerateObject().Where(p => p.Name != "$schema"))
        {
            var schema = Validator.Resolve(property.Value);
            var childPath = $"{path}.{property.Name}";
            if (Types(schema).Contains("array") && Validator.Resolve(schema.GetProperty("items")) is var items && items.TryGetProperty("properties", out _))
            {
                foreach (var leaf in Leaves(items, childPath + "[]"))
                {
                    yield return leaf;
                }
            }
            else if (schema.TryGetProperty("properties", out _))
            {
                foreach (var leaf in Leaves(schema, childPath))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (childPath, schema);
            }
        }
    }

    private static bool IsNumeric(JsonElement schema) => Types(schema).Any(t => t is "integer" or "number");

    private static string[] Types(JsonElement schema) => !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];

    private static void CompareObject(Type type, JsonElement schema, string path, List<string> problems)
    {
        var members = CaseJsonContext.Default.GetTypeInfo(type)!.Properties.ToDictionary(p => p.Name, p => p.PropertyType);
        var declared = schema.GetProperty("properties").EnumerateObject().Where(p => p.Name != "$schema").ToDictionary(p => p.Name, p => Validator.Resolve(p.Value));
        problems.AddRange(members.Keys.Except(declared.Keys).Select(name => $"{path}.{name} is in the model but not in the schema."));
        problems.AddRange(declared.Keys.Except(members.Keys).Select(name => $"{path}.{name} is in the schema but not in the model."));
        foreach (var (name, memberType) in members.Where(m => declared.ContainsKey(m.Key)))
        {
            CompareValue(memberType, declared[name], $"{path}.{name}", problems);
        }
    }

    private static void CompareValue(Type type, JsonElement schema, string path, List<string> problems)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var element = target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? target.GetGenericArguments()[0] : null;
        if (target.IsEnum)
        {
            var names = Enum.GetNames(target).Select(JsonNamingPolicy.CamelCase.ConvertName).ToHashSet();
            var listed = schema.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet();
            if (!names.SetEquals(listed))
            {
                problems.Add($"{path}: the schema lists {string.Join(", ", listed)} but the model has {string.Join(", ", names)}.");
            }
        }
        else if (element is not null)
        {
            Expect(schema, "array", path, problems);
            CompareValue(element, Validator.Resolve(schema.GetProperty("items")), path + "[]", problems);
        }
        else if (target == typeof(int) || target == typeof(double) || target == typeof(bool) || target == typeof(string))
        {
            Expect(schema, target == typeof(int) ? "integer" : target == typeof(double) ? "number" : target == typeof(bool) ? "boolean" : "string", path, problems);
        }
        else
        {
            Expect(schema, "object", path, problems);
            CompareObject(target, schema, path, problems);
        }
    }

    private static void Expect(JsonElement schema, string type, string path, List<string> problems)
    {
        if (!Types(schema).Contains(type))
        {
            problems.Add($"{path}: the schema's type is {string.Join("/", Types(schema))}, the model's is {type}.");
        }
    }
}
