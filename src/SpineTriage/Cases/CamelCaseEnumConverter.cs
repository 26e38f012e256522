using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>"saddleAnesthesia"</c>), exactly: another spelling (<c>"SaddleAnesthesia"</c>),
/// a number or a list of names is refused, as the case reader's checker refuses it, so a case the serializer accepts is one the
/// checker accepts too (the one-pass read in <see cref="PatientCaseJson"/> relies on that). The case model's enums name it in
/// their <see cref="JsonConverterAttribute"/>; it is public so that a host's own source-generated
/// <see cref="JsonSerializerContext"/> can include the case model (a request or message with a case inside).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly JsonEncodedText[] Names =
        [.. Values.Select(v => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))];

    /// <summary>The value a string token names, as <see cref="Read"/> reads it; false for any other token or name.</summary>
    internal static bool TryName(ref Utf8JsonReader reader, out TEnum value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < Names.Length; i++)
            {
                if (reader.ValueTextEquals(Names[i].EncodedUtf8Bytes))
                {
                    value = Values[i];
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryName(ref reader, out var value) ? value : throw new JsonException($"The value is not one of the names of {typeof(TEnum).Name}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a named value of {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(Names[index]);
    }
}
