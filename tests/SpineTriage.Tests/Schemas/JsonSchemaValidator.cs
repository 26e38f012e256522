using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpineTriage.Tests.Schemas;

/// <summary>
/// A JSON Schema validator for the subset our schemas use (no JSON Schema package is on the NuGet mirror): type
/// (one or several), properties, patternProperties, additionalProperties, required, enum, const, minimum, maximum,
/// items, uniqueItems, minLength, pattern, oneOf, anyOf, allOf and <c>$ref</c> to <c>#/$defs/…</c>. Annotations are ignored;
/// any other keyword throws, so a schema can never rely on a check this validator silently skips.
/// </summary>
internal sealed class JsonSchemaValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "title", "description", "examples", "default", "$defs"];

    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(
    [
        "$ref", "type", "properties", "patternProperties", "additionalProperties", "required", "enum", "const",
        "minimum", "maximum", "items", "uniqueItems", "minLength", "pattern", "oneOf", "anyOf", "allOf",
    ]);

    /// <summary>Every violation as "JSON path: message"; empty when <paramref name="instance"/> is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            const string prefix = "#/$defs/";
            if (!target.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new NotSupportedException($"Only local $ref to {prefix}… is supported, not '{target}'.");
            }

            schema = root.GetProperty("$defs").GetProperty(target[prefix.Length..]);
        }

        return schema;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            if (schema.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}: no value is allowed here.");
            }

            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The schema keyword '{keyword.Name}' is not supported by this validator.");
            }

            CheckKeyword(schema, keyword, value, path, errors);
        }
    }

    private void CheckKeyword(JsonElement schema, JsonProperty keyword, JsonElement value, string path, List<string> errors)
    {
        var rule = keyword.Value;
        switch (keyword.Name)
        {
            case "$ref":
                Check(Resolve(schema), value, path, errors);
                break;
            case "type":
                var types = rule.ValueKind == JsonValueKind.Array ? rule.EnumerateArray().Select(t => t.GetString()!).ToArray() : [rule.GetString()!];
                if (!types.Any(t => HasType(value, t)))
                {
                    errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}.");
                }

                break;
            case "enum":
                if (!rule.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
                {
                    errors.Add($"{path}: {value.GetRawText()} is not one of {rule.GetRawText()}.");
                }

                break;
            case "const":
                if (!JsonElement.DeepEquals(rule, value))
                {
                    errors.Add($"{path}: expected {rule.GetRawText()}.");
                }

                break;
            case "minimum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() < rule.GetDouble():
                errors.Add($"{path}: {value.GetRawText()} is below the minimum {rule.GetRawText()}.");
                break;
            case "maximum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() > rule.GetDouble():
                errors.Add($"{path}: {value.GetRawText()} is above the maximum {rule.GetRawText()}.");
                break;
            case "minLength" when value.ValueKind == JsonValueKind.String && value.GetString()!.Length < rule.GetInt32():
                errors.Add($"{path}: shorter than {rule.GetInt32()} characters.");
                break;
            case "pattern" when value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, rule.GetString()!, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)):
                errors.Add($"{path}: '{value.GetString()}' does not match {rule.GetString()}.");
                break;
            case "required" when value.ValueKind == JsonValueKind.Object:
                foreach (var name in rule.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    errors.Add($"{path}: the required property '{name}' is missing.");
                }

                break;
            case "properties" or "patternProperties" or "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                CheckMembers(schema, keyword.Name, value, path, errors);
                break;
            case "items" when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(rule, item, $"{path}[{index++}]", errors);
                }

                break;
            case "uniqueItems" when rule.GetBoolean() && value.ValueKind == JsonValueKind.Array:
                var items = value.EnumerateArray().ToList();
                if (items.Where((item, i) => items.Take(i).Any(earlier => JsonElement.DeepEquals(earlier, item))).Any())
                {
                    errors.Add($"{path}: the items must be unique.");
                }

                break;
            case "allOf":
                foreach (var part in rule.EnumerateArray())
                {
                    Check(part, value, path, errors);
                }

                break;
            case "oneOf" or "anyOf":
                var outcomes = rule.EnumerateArray().Select(option => Errors(option, value, path)).ToList();
                var matches = outcomes.Count(o => o.Count == 0);
                if (keyword.Name == "oneOf" ? matches != 1 : matches == 0)
                {
                    errors.Add($"{path}: matches {matches} of the {keyword.Name} alternatives.");

                    // The closest alternative's errors say what to fix: one that failed inside the value rather than on its type.
                    errors.AddRange(outcomes.Where(o => o.Count > 0).OrderBy(o => o.Any(e => e.StartsWith(path + ": ", StringComparison.Ordinal)) ? 1 : 0).ThenBy(o => o.Count).FirstOrDefault() ?? []);
                }

                break;
        }
    }

    /// <summary>Each member is checked by its <c>properties</c> entry and every matching pattern; the rest by <c>additionalProperties</c>. Done once, from the <c>properties</c> keyword or the first of the three present.</summary>
    private void CheckMembers(JsonElement schema, string keyword, JsonElement value, string path, List<string> errors)
    {
        var first = new[] { "properties", "patternProperties", "additionalProperties" }.First(k => schema.TryGetProperty(k, out _));
        if (keyword != first)
        {
            return;
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var patterns = schema.TryGetProperty("patternProperties", out var pp) ? pp.EnumerateObject().ToList() : [];
        var additional = schema.TryGetProperty("additionalProperties", out var ap) ? ap : default;
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = $"{path}.{member.Name}";
            var matched = false;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var declared))
            {
                matched = true;
                Check(declared, member.Value, memberPath, errors);
            }

            foreach (var pattern in patterns.Where(pattern => Regex.IsMatch(member.Name, pattern.Name, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1))))
            {
                matched = true;
                Check(pattern.Value, member.Value, memberPath, errors);
            }

            if (!matched && additional.ValueKind != JsonValueKind.Undefined)
            {
                Check(additional, member.Value, memberPath, errors);
            }
        }
    }

    private List<string> Errors(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors;
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && double.IsInteger(double.Parse(value.GetRawText(), CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };
}
