using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpineTriage.Rules.Inputs;

/// <summary>
/// An input given as JSON (<see cref="JsonElement"/>, <see cref="JsonNode"/>, JSON text) or as a dictionary
/// (<see cref="IDictionary{TKey, TValue}"/> of string to object, <see cref="System.Dynamic.ExpandoObject"/>), read into
/// an instance of its shape's type before rules run. A member that is absent, null or of another JSON type than the
/// shape says is left null, so rules that read it are Unknown and name its path, as for any missing value.
/// </summary>
internal sealed class DynamicInput
{
    private readonly Member[] _members;

    private DynamicInput(Type type, JsonObjectShape shape, Member[] members)
    {
        Type = type;
        Shape = shape;
        _members = members;
    }

    /// <summary>Gets the type rules are bound against.</summary>
    public Type Type { get; }

    /// <summary>Gets the shape the input's schema or sample gave.</summary>
    public JsonObjectShape Shape { get; }

    public static DynamicInput Of(string name, JsonObjectShape shape) => new(ShapeTypes.Of(name, shape), shape, [.. Members(name, shape)]);

    /// <summary>Whether a value is one this input reads (JSON or a dictionary), and the instance it reads it into.</summary>
    public bool TryRead(object value, out object instance)
    {
        instance = null!;
        switch (value)
        {
            case JsonElement element:
                instance = FromJsonRoot(element);
                return true;
            case JsonNode node:
                instance = FromJsonRoot(JsonSerializer.SerializeToElement(node));
                return true;
            case string text:
                using (var document = JsonDocument.Parse(text))
                {
                    instance = FromJsonRoot(document.RootElement);
                }

                return true;
            case IDictionary<string, object?> dictionary:
                instance = FromDictionary(dictionary)!;
                return true;
            case IReadOnlyDictionary<string, object?> readOnly:
                instance = FromDictionary(readOnly.ToDictionary(p => p.Key, p => p.Value))!;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The input itself: JSON that is not an object is a mistake in what the host passes, not a missing value.</summary>
    private object FromJsonRoot(JsonElement element) => element.ValueKind == JsonValueKind.Object
        ? FromJson(element)!
        : throw new JsonException($"the JSON is {(element.ValueKind == JsonValueKind.Array ? "an array" : "a " + element.ValueKind.ToString().ToLowerInvariant())}, and the input's shape is an object");

    private object? FromJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var instance = Activator.CreateInstance(Type)!;
        foreach (var member in _members)
        {
            if (element.TryGetProperty(member.Name, out var value))
            {
                member.Property.SetValue(instance, member.FromJson(value));
            }
        }

        return instance;
    }

    private object? FromDictionary(IDictionary<string, object?> dictionary)
    {
        var instance = Activator.CreateInstance(Type)!;
        foreach (var member in _members)
        {
            if (dictionary.TryGetValue(member.Name, out var value) && value is not null)
            {
                member.Property.SetValue(instance, member.FromObject(value));
            }
        }

        return instance;
    }

    private static IEnumerable<Member> Members(string name, JsonObjectShape shape)
    {
        var type = ShapeTypes.Of(name, shape);
        foreach (var (member, memberShape) in shape.Properties)
        {
            yield return new Member(member, type.GetProperty(member)!, Reader.Of($"{name}_{member}", memberShape));
        }
    }

    private sealed record Member(string Name, PropertyInfo Property, Reader Reader)
    {
        public object? FromJson(JsonElement value) => Reader.FromJson(value);

        public object? FromObject(object value) => Reader.FromObject(value);
    }

    /// <summary>Reads one value of a shape from JSON or from a dictionary's value; null when it is of another type.</summary>
    private abstract class Reader
    {
        public static Reader Of(string name, JsonShape shape) => shape switch
        {
            JsonScalar scalar => new ScalarReader(scalar.Kind),
            JsonObjectShape obj => new ObjectReader(DynamicInput.Of(name, obj)),
            JsonArrayShape array => new ArrayReader(ShapeTypes.ClrType(name, array), Of(name + "Item", array.Items)),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };

        public abstract object? FromJson(JsonElement value);

        public abstract object? FromObject(object value);
    }

    private sealed class ScalarReader(JsonScalarKind kind) : Reader
    {
        public override object? FromJson(JsonElement value) => (kind, value.ValueKind) switch
        {
            (JsonScalarKind.String, JsonValueKind.String) => value.GetString(),
            (JsonScalarKind.Number, JsonValueKind.Number) => value.GetDouble(),
            (JsonScalarKind.Integer, JsonValueKind.Number) => value.TryGetInt64(out var whole) ? whole : null,
            (JsonScalarKind.Boolean, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
            (JsonScalarKind.Date, JsonValueKind.String) => DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            (JsonScalarKind.DateTime, JsonValueKind.String) => value.TryGetDateTime(out var time) ? time : null,
            _ => null,
        };

        public override object? FromObject(object value) => value switch
        {
            JsonElement element => FromJson(element),
            JsonNode node => FromJson(JsonSerializer.SerializeToElement(node)),
            _ => kind switch
            {
                JsonScalarKind.String => value as string,
                JsonScalarKind.Number => value is double or float or decimal or int or long or short or byte ? System.Convert.ToDouble(value, CultureInfo.InvariantCulture) : null,
                JsonScalarKind.Integer => value is int or long or short or byte ? System.Convert.ToInt64(value, CultureInfo.InvariantCulture) : null,
                JsonScalarKind.Boolean => value as bool?,
                JsonScalarKind.Date => value as DateOnly?,
                _ => value as DateTime?,
            },
        };
    }

    private sealed class ObjectReader(DynamicInput input) : Reader
    {
        public override object? FromJson(JsonElement value) => input.FromJson(value);

        public override object? FromObject(object value) => value switch
        {
            JsonElement element => input.FromJson(element),
            JsonNode node => input.FromJson(JsonSerializer.SerializeToElement(node)),
            IDictionary<string, object?> dictionary => input.FromDictionary(dictionary),
            _ => null,
        };
    }

    private sealed class ArrayReader(Type listType, Reader items) : Reader
    {
        public override object? FromJson(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var list = (IList)Activator.CreateInstance(listType)!;
            foreach (var item in value.EnumerateArray())
            {
                list.Add(items.FromJson(item));
            }

            return list;
        }

        public override object? FromObject(object value)
        {
            switch (value)
            {
                case JsonElement element:
                    return FromJson(element);
                case JsonNode node:
                    return FromJson(JsonSerializer.SerializeToElement(node));
                case string or IDictionary<string, object?>:
                    return null;
                case IEnumerable sequence:
                    var list = (IList)Activator.CreateInstance(listType)!;
                    foreach (var item in sequence)
                    {
                        list.Add(item is null ? null : items.FromObject(item));
                    }

                    return list;
                default:
                    return null;
            }
        }
    }
}
