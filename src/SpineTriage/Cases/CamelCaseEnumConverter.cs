using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineTriage.Cases;

/// <summary>Reads and writes an enum as its camelCase name (<c>"saddleAnesthesia"</c>); numbers are refused.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
