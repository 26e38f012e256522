using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpineTriage.Cases;

namespace SpineTriage.Fhir.Table;

/// <summary>
/// The fields of the case format, read from the public <see cref="PatientCase"/> model (JSON names as the case reader uses
/// them), so a mapping table can only name fields that exist and the FHIR package never repeats the case format by hand.
/// </summary>
internal static class CaseFieldCatalog
{
    /// <summary>Every top-level field by path (<c>patient.bmi</c>, <c>imaging.levels</c>).</summary>
    public static IReadOnlyDictionary<string, CaseField> Fields { get; } = Build();

    private static Dictionary<string, CaseField> Build()
    {
        var fields = new Dictionary<string, CaseField>(StringComparer.Ordinal);
        foreach (var section in typeof(PatientCase).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var sectionName = JsonName(section);
            foreach (var property in section.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var field = Describe(sectionName + "." + JsonName(property), property);
                fields.Add(field.Path, field);
            }
        }

        return fields;
    }

    private static CaseField Describe(string path, PropertyInfo property)
    {
        var name = JsonName(property);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            if (item.IsEnum)
            {
                return new CaseField(path, name, CaseFieldKind.EnumList, EnumNames(item), Empty);
            }

            var itemFields = item.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => Describe(JsonName(p), p))
                .ToDictionary(f => f.Name, StringComparer.Ordinal);
            return new CaseField(path, name, CaseFieldKind.ObjectList, [], itemFields);
        }

        var kind = type == typeof(double) ? CaseFieldKind.Number
            : type == typeof(int) ? CaseFieldKind.Integer
            : type == typeof(bool) ? CaseFieldKind.Boolean
            : type == typeof(string) ? CaseFieldKind.Text
            : type.IsEnum ? CaseFieldKind.Enum
            : throw new InvalidOperationException($"The case field {path} has a type ({type.Name}) the FHIR mapping does not know.");
        return new CaseField(path, name, kind, type.IsEnum ? EnumNames(type) : [], Empty);
    }

    private static string[] EnumNames(Type enumType) =>
        Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static readonly IReadOnlyDictionary<string, CaseField> Empty = new Dictionary<string, CaseField>();
}
