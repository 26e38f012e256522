using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SpineTriage.Cases.Json;

/// <summary>The per-shape checks: objects, arrays, enums and scalars.</summary>
internal sealed partial class CaseJsonChecker
{
    private void CheckValue(ref Utf8JsonReader reader, Type type, string path, bool allowNull)
    {
        var (line, column) = _lines.At(reader.TokenStartIndex);
        _positions[path] = (line, column);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (!allowNull)
            {
                AddAt(CaseProblemCodes.NullNotAllowed, path, $"The value at {path} must not be null; remove the element or give {Expected(target)}.", reader.TokenStartIndex);
            }

            return;
        }

        if (target.IsEnum)
        {
            CheckEnum(ref reader, target, path);
        }
        else if (target == typeof(bool))
        {
            ExpectScalar(ref reader, path, target, reader.TokenType is JsonTokenType.True or JsonTokenType.False);
        }
        else if (target == typeof(int))
        {
            CheckInteger(ref reader, path);
        }
        else if (target == typeof(double))
        {
            ExpectScalar(ref reader, path, target, reader.TokenType == JsonTokenType.Number);
        }
        else if (target == typeof(string))
        {
            ExpectScalar(ref reader, path, target, reader.TokenType == JsonTokenType.String);
        }
        else if (ElementTypeOf(target) is { } elementType)
        {
            CheckArray(ref reader, elementType, path);
        }
        else
        {
            CheckObject(ref reader, target, path);
        }
    }

    private void CheckObject(ref Utf8JsonReader reader, Type type, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, path, type);
            return;
        }

        var properties = TypeInfo(type).Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var nameOffset = reader.TokenStartIndex;
            var propertyPath = $"{path}.{name}";
            reader.Read();
            if (!seen.Add(name))
            {
                AddAt(CaseProblemCodes.DuplicateProperty, propertyPath, $"The property '{name}' appears more than once in {path}; keep one of them.", nameOffset);
                reader.Skip();
            }
            else if (path == "$" && name == CaseJsonReading.SchemaMember)
            {
                CheckValue(ref reader, typeof(string), propertyPath, allowNull: false);
            }
            else if (properties.TryGetValue(name, out var property))
            {
                CheckValue(ref reader, property.PropertyType, propertyPath, allowNull: true);
            }
            else
            {
                var hint = NameSuggestions.Hint(name, properties.Keys);
                AddAt(CaseProblemCodes.UnknownProperty, propertyPath, $"Unknown property '{name}' in {path}.{hint} Known properties: {string.Join(", ", properties.Keys)}.", nameOffset);
                reader.Skip();
            }
        }
    }

    private void CheckArray(ref Utf8JsonReader reader, Type elementType, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, path, elementType.MakeArrayType());
            return;
        }

        // The length first: a list over its limit is one problem, not one per element (300,000 mistyped red flags).
        if (CaseValidator.ListLimit(path) is var (max, what) && CountElements(reader) is var count && count > max)
        {
            AddAt(CaseProblemCodes.TooMany, path, CaseValidator.TooManyMessage(path, count, max, what), reader.TokenStartIndex);
            reader.Skip();
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            CheckValue(ref reader, elementType, $"{path}[{index++}]", allowNull: false);
        }
    }

    /// <summary>Counts the elements of the array <paramref name="reader"/> is at, on a copy of the reader (this one does not move).</summary>
    private static int CountElements(Utf8JsonReader reader)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            reader.Skip();
        }

        return count;
    }

    private void CheckEnum(ref Utf8JsonReader reader, Type enumType, string path)
    {
        var names = Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, path, enumType);
            return;
        }

        var value = reader.GetString()!;
        if (!names.Contains(value, StringComparer.Ordinal))
        {
            var hint = NameSuggestions.Hint(value, names);
            AddAt(CaseProblemCodes.UnknownEnumValue, path, $"'{value}' is not a valid value for {path}.{hint} Allowed values: {string.Join(", ", names)}.", reader.TokenStartIndex);
        }
    }

    private void CheckInteger(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, path, typeof(int));
        }
        else if (!reader.TryGetInt32(out _))
        {
            AddAt(CaseProblemCodes.NotWholeNumber, path, $"The value at {path} must be a whole number between {int.MinValue} and {int.MaxValue}; round it (for example weeks or a grade).", reader.TokenStartIndex);
        }
    }

    private void ExpectScalar(ref Utf8JsonReader reader, string path, Type type, bool matches)
    {
        if (!matches)
        {
            WrongType(ref reader, path, type);
        }
    }

    private void WrongType(ref Utf8JsonReader reader, string path, Type expected)
    {
        AddAt(CaseProblemCodes.WrongType, path, $"The value at {path} must be {Expected(expected)}, not {Describe(reader.TokenType)}.", reader.TokenStartIndex);
        reader.Skip();
    }

    private static string Expected(Type type)
    {
        if (type.IsEnum)
        {
            return $"one of the strings {string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName))}";
        }

        if (type.IsArray)
        {
            return $"an array of {Expected(type.GetElementType()!)}";
        }

        return type == typeof(bool) ? "true or false"
            : type == typeof(int) ? "a whole number"
            : type == typeof(double) ? "a number"
            : type == typeof(string) ? "a string"
            : "an object";
    }

    private static Type? ElementTypeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
