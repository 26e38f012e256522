using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineTriage.Cases.Json;

/// <summary>
/// Reads the top-level <c>"$schema"</c> member as the checker wants it: a string, never null (the serializer would otherwise
/// accept null for a string), so a case the serializer accepts is one the checker accepts too.
/// </summary>
internal sealed class SchemaMemberConverter : JsonConverter<string>
{
    /// <summary>The one instance.</summary>
    public static readonly SchemaMemberConverter Instance = new();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("$schema must be a string.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
