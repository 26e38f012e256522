using System.Collections;
using System.Globalization;
using System.Reflection;
using SpineTriage.Cases;

namespace SpineTriage.Tests.Properties;

/// <summary>
/// A copy of a case with values put in at input paths (<c>imaging.Levels[0].AnnularFissureGrade</c>, as residuals
/// name them), making the sections, lists and levels on the way; the original is left as it is.
/// </summary>
internal static class CaseCompletion
{
    private static readonly Dictionary<string, PropertyInfo> Sections = new(StringComparer.Ordinal)
    {
        ["patient"] = typeof(PatientCase).GetProperty(nameof(PatientCase.Patient))!,
        ["symptoms"] = typeof(PatientCase).GetProperty(nameof(PatientCase.Symptoms))!,
        ["imaging"] = typeof(PatientCase).GetProperty(nameof(PatientCase.Imaging))!,
        ["care"] = typeof(PatientCase).GetProperty(nameof(PatientCase.Care))!,
        ["surgery"] = typeof(PatientCase).GetProperty(nameof(PatientCase.Surgery))!,
    };

    public static PatientCase Fill(PatientCase patientCase, IEnumerable<(string Path, object? Value)> values)
    {
        var filled = Clone(patientCase)!;
        foreach (var (path, value) in values)
        {
            var segments = path.Split('.');
            var section = Sections[segments[0]];
            section.SetValue(filled, Set(section.GetValue(filled), section.PropertyType, segments, 1, value));
        }

        return filled;
    }

    /// <summary>Whether a path names a member a completion can set (a scalar of the case model).</summary>
    public static bool CanFill(string path)
    {
        var segments = path.Split('.');
        if (!Sections.TryGetValue(segments[0], out var section))
        {
            return false;
        }

        var type = section.PropertyType;
        for (var i = 1; i < segments.Length; i++)
        {
            var (name, index) = Split(segments[i]);
            var property = type.GetProperty(name);
            if (property is null || property.SetMethod is null)
            {
                return false;
            }

            type = index is null ? property.PropertyType : property.PropertyType.GetGenericArguments()[0];
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsValueType || underlying == typeof(string);
    }

    /// <summary>The type of the member a path names (its underlying type when nullable).</summary>
    public static Type TypeOf(string path)
    {
        var segments = path.Split('.');
        var type = Sections[segments[0]].PropertyType;
        for (var i = 1; i < segments.Length; i++)
        {
            var (name, index) = Split(segments[i]);
            var property = type.GetProperty(name)!;
            type = index is null ? property.PropertyType : property.PropertyType.GetGenericArguments()[0];
        }

        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static object? Set(object? owner, Type ownerType, string[] segments, int at, object? value)
    {
        var copy = Clone(owner) ?? Activator.CreateInstance(ownerType)!;
        var (name, index) = Split(segments[at]);
        var property = ownerType.GetProperty(name)!;
        if (index is null)
        {
            property.SetValue(copy, at == segments.Length - 1 ? value : Set(property.GetValue(copy), property.PropertyType, segments, at + 1, value));
            return copy;
        }

        var elementType = property.PropertyType.GetGenericArguments()[0];
        var list = (IList?)property.GetValue(copy);
        var elements = Array.CreateInstance(elementType, Math.Max(list?.Count ?? 0, index.Value + 1));
        list?.CopyTo(elements, 0);
        elements.SetValue(at == segments.Length - 1 ? value : Set(elements.GetValue(index.Value), elementType, segments, at + 1, value), index.Value);
        property.SetValue(copy, elements);
        return copy;
    }

    private static T? Clone<T>(T? record)
        where T : class => record is null ? null : (T)record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    private static (string Name, int? Index) Split(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? (segment, null) : (segment[..bracket], int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture));
    }
}
