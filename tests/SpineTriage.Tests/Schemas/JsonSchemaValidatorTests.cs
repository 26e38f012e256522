namespace SpineTriage.Tests.Schemas;

public sealed class JsonSchemaValidatorTests
{
    private const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": { "age": { "type": ["integer", "null"], "minimum": 0, "maximum": 120 }, "level": { "$ref": "#/$defs/level" } },
          "patternProperties": { "^[Nn][Aa][Mm][Ee]$": { "type": "string", "minLength": 1 } },
          "additionalProperties": false,
          "required": ["age"],
          "$defs": {
            "level": { "type": "object", "properties": { "grade": { "enum": ["a", "b"] }, "tags": { "type": "array", "items": { "type": "string", "pattern": "^L[0-9]$" }, "uniqueItems": true } } },
            "either": { "oneOf": [ { "type": "string" }, { "type": "array" } ] }
          }
        }
        """;

    public static TheoryData<string, string?> Instances() => new()
    {
        { """{ "age": 40 }""", null },
        { """{ "age": null, "NAME": "x", "level": { "grade": "a", "tags": ["L4", "L5"] } }""", null },
        { """{ "age": 40.5 }""", "$.age: type: " },
        { """{ "age": 121 }""", "$.age: maximum: " },
        { """{ "age": -1 }""", "$.age: minimum: " },
        { """{ }""", "$: required: " },
        { """{ "age": 1, "agee": 2 }""", "$.agee: false schema: " },
        { """{ "age": 1, "name": "" }""", "$.name: minLength: " },
        { """{ "age": 1, "level": { "grade": "c" } }""", "$.level.grade: enum: " },
        { """{ "age": 1, "level": { "tags": ["L4", "L4"] } }""", "$.level.tags: uniqueItems: " },
        { """{ "age": 1, "level": { "tags": ["S1"] } }""", "$.level.tags[0]: pattern: " },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Reports_each_keyword_the_shipped_schemas_use_at_its_json_path(string instance, string? expectedError)
    {
        var errors = new JsonSchemaValidator(Schemas.Parse(Schema)).Validate(Schemas.Parse(instance));

        if (expectedError is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void One_of_needs_exactly_one_matching_alternative()
    {
        var schema = Schemas.Parse("""{ "oneOf": [ { "type": "number" }, { "type": "integer" } ] }""");

        Assert.Empty(new JsonSchemaValidator(schema).Validate(Schemas.Parse("1.5")));
        Assert.NotEmpty(new JsonSchemaValidator(schema).Validate(Schemas.Parse("2")));
    }

    [Fact]
    public void Two_schemas_with_the_same_id_do_not_collide()
    {
        var first = Schemas.Parse("""{ "$id": "https://example.org/same.json", "type": "string" }""");
        var second = Schemas.Parse("""{ "$id": "https://example.org/same.json", "type": "integer" }""");

        Assert.Empty(new JsonSchemaValidator(first).Validate(Schemas.Parse("\"x\"")));
        Assert.Empty(new JsonSchemaValidator(second).Validate(Schemas.Parse("1")));
    }
}
