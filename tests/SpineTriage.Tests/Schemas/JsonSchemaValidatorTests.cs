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
        { """{ "age": 40.5 }""", "$.age: expected integer or null" },
        { """{ "age": 121 }""", "$.age: 121 is above the maximum 120" },
        { """{ "age": -1 }""", "$.age: -1 is below the minimum 0" },
        { """{ }""", "$: the required property 'age' is missing" },
        { """{ "age": 1, "agee": 2 }""", "$.agee: no value is allowed here" },
        { """{ "age": 1, "name": "" }""", "$.name: shorter than 1 characters" },
        { """{ "age": 1, "level": { "grade": "c" } }""", "$.level.grade: \"c\" is not one of" },
        { """{ "age": 1, "level": { "tags": ["L4", "L4"] } }""", "$.level.tags: the items must be unique" },
        { """{ "age": 1, "level": { "tags": ["S1"] } }""", "$.level.tags[0]: 'S1' does not match" },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Validates_each_supported_keyword(string instance, string? expectedError)
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
        Assert.Contains("$: matches 2 of the oneOf alternatives.", new JsonSchemaValidator(schema).Validate(Schemas.Parse("2")));
    }

    [Fact]
    public void An_unsupported_keyword_throws_instead_of_being_ignored()
    {
        var schema = Schemas.Parse("""{ "type": "string", "format": "date" }""");

        Assert.Throws<NotSupportedException>(() => new JsonSchemaValidator(schema).Validate(Schemas.Parse("\"x\"")));
    }
}
