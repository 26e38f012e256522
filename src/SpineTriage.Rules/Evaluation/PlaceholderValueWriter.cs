using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Evaluation;

/// <summary>
/// Writes the value of an error-message placeholder as JSON (indented, as RulesEngine does), walking only what the
/// expression language can read: scalars, collections of readable elements, and the readable properties of host objects.
/// A property of type <c>object</c>, a delegate or a System type is left out, as expressions cannot read it. Nesting past
/// <see cref="MaxDepth"/> and text past the caller's budget are cut, so a cyclic or huge object costs a bounded amount.
/// </summary>
internal static class PlaceholderValueWriter
{
    /// <summary>How deep objects and collections are written; deeper ones are written as "...".</summary>
    internal const int MaxDepth = 8;

    private static readonly JsonWriterOptions Options = new() { Indented = true, SkipValidation = true };

    public static void Write(StringBuilder output, object? value, Type type, bool quoteStrings, int budget)
    {
        switch (value)
        {
            case Failure failure:
                output.Append('<').Append(failure.ExceptionName).Append('>');
                return;
            case string text when !quoteStrings:
                output.Append(text, 0, Math.Min(text.Length, Math.Max(0, budget)));
                return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, Options);
            WriteValue(writer, value, type, 0, budget);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            output.Append('<').Append(exception.GetType().Name).Append('>'); // A property getter threw.
            return;
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        output.Append(json, 0, Math.Min(json.Length, Math.Max(0, budget)));
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, Type type, int depth, int budget)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        var facts = TypeFacts.Of(type);
        if (facts.IsScalar || value is string)
        {
            WriteScalar(writer, value);
        }
        else if (depth >= MaxDepth || Spent(writer, budget))
        {
            writer.WriteStringValue("...");
        }
        else if (facts.Shape is { } shape && value is IEnumerable items)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                if (Spent(writer, budget))
                {
                    break;
                }

                WriteValue(writer, item, shape.ElementType, depth + 1, budget);
            }

            writer.WriteEndArray();
        }
        else if (TypeRules.IsReadableObject(type))
        {
            writer.WriteStartObject();
            foreach (var property in facts.Properties)
            {
                if (Spent(writer, budget))
                {
                    break;
                }

                if (TypeRules.IsReadable(property.PropertyType) && facts.Exact(property.Name) == property)
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.GetValue(value, BindingFlags.DoNotWrapExceptions, null, null, null), property.PropertyType, depth + 1, budget);
                }
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static bool Spent(Utf8JsonWriter writer, int budget) => writer.BytesPending + writer.BytesCommitted > budget;

    private static void WriteScalar(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Enum:
                writer.WriteStringValue(value.ToString());
                break;
            case double number when !double.IsFinite(number):
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case float number when !float.IsFinite(number):
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case IConvertible when value is sbyte or byte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case DateTime time:
                writer.WriteStringValue(time);
                break;
            case DateTimeOffset time:
                writer.WriteStringValue(time);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case TimeSpan span:
                writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>A placeholder whose value could not be read: written as the exception's type name in angle brackets.</summary>
    internal sealed record Failure(string ExceptionName);
}
