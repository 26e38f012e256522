using System.Text.Json;
using SpineTriage.Rules.Inputs;

namespace SpineTriage.Rules;

/// <summary>A named input that rule expressions read, such as <c>order</c>, and its CLR type.</summary>
/// <param name="Name">The name expressions use (matched case-insensitively, as RulesEngine does).</param>
/// <param name="Type">The CLR type of the value passed at evaluation; its public properties are what expressions can read.</param>
public sealed record RuleInput(string Name, Type Type)
{
    /// <summary>Gets how a JSON or dictionary value is read into <see cref="Type"/>; null for an input of a CLR type of the host's.</summary>
    internal DynamicInput? Dynamic { get; private init; }

    /// <summary>
    /// An input given at evaluation as JSON (a <see cref="JsonElement"/>, a <see cref="System.Text.Json.Nodes.JsonNode"/>
    /// or JSON text) or as a dictionary (<see cref="IDictionary{TKey, TValue}"/> of string to object, such as
    /// <see cref="System.Dynamic.ExpandoObject"/>), typed by a JSON Schema: <c>type</c> (one type, with <c>"null"</c>
    /// beside it if the value may be null), <c>properties</c>, <c>items</c>, <c>format</c> <c>date</c> or
    /// <c>date-time</c>, and <c>enum</c> of strings. Rules over it are type-checked at load as over a CLR type: a member
    /// the schema does not give is an unknown member. At evaluation a member that is absent, null or of another JSON type
    /// than the schema says is missing (its rules are Unknown and name its path).
    /// </summary>
    /// <param name="name">The name expressions use.</param>
    /// <param name="schema">The JSON Schema of the input: an object with <c>properties</c>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException">The schema uses a keyword that would leave a value's type open (<c>oneOf</c>, <c>anyOf</c>, <c>allOf</c>, <c>$ref</c>), or a member name an expression cannot write; the message gives its JSON path.</exception>
    public static RuleInput FromJsonSchema(string name, JsonElement schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return ReadFromJson(name, JsonShapeReader.FromSchema(schema));
    }

    /// <inheritdoc cref="FromJsonSchema(string, JsonElement)"/>
    /// <param name="name">The name expressions use.</param>
    /// <param name="schemaJson">The JSON Schema of the input, as text.</param>
    public static RuleInput FromJsonSchema(string name, string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        using var document = JsonDocument.Parse(schemaJson);
        return FromJsonSchema(name, document.RootElement);
    }

    /// <summary>
    /// As <see cref="FromJsonSchema(string, JsonElement)"/>, typed by a sample document instead of a schema: each member
    /// has the type of its value in the sample (a whole number is an integer, any other number a number; the elements of
    /// an array are merged).
    /// </summary>
    /// <param name="name">The name expressions use.</param>
    /// <param name="sampleJson">A JSON object of the input's shape; no member may be null or an empty array (it would give no type).</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException">A member of the sample is null or an empty array, an array mixes types, or a member name is one an expression cannot write; the message gives its JSON path.</exception>
    public static RuleInput FromJsonSample(string name, string sampleJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(sampleJson);
        using var document = JsonDocument.Parse(sampleJson);
        return ReadFromJson(name, JsonShapeReader.FromSample(document.RootElement));
    }

    private static RuleInput ReadFromJson(string name, JsonObjectShape shape)
    {
        var input = DynamicInput.Of(name, shape);
        return new RuleInput(name, input.Type) { Dynamic = input };
    }
}
