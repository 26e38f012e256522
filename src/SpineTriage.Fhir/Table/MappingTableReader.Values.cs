using System.Text.Json;
using System.Text.Json.Nodes;
using SpineTriage.Fhir.Units;
using SpineTriage.Rules;

namespace SpineTriage.Fhir.Table;

/// <summary>The parts of the reader that check single values: codes, units, answers, set values and shapes.</summary>
internal sealed partial class MappingTableReader
{
    private ValueRule ReadValueRule(JsonElement entry, CaseField field, string path, bool readsValue)
    {
        string? unit = null;
        var numeric = field.Kind is CaseFieldKind.Number or CaseFieldKind.Integer;
        if (entry.TryGetProperty("unit", out var unitElement))
        {
            if (!numeric || !readsValue)
            {
                Problem(FhirProblemCodes.BadUnit, path + ".unit", $"{field.Path} is not a number read from a quantity; it has no unit.");
            }
            else if (Expect(unitElement, JsonValueKind.String, path + ".unit", "a UCUM code") && !UcumUnits.IsKnown(unitElement.GetString()!))
            {
                Problem(FhirProblemCodes.BadUnit, path + ".unit", $"'{unitElement.GetString()}' is not a UCUM code of the supported subset (the package README lists them).");
            }
            else
            {
                unit = unitElement.GetString();
            }
        }
        else if (numeric && readsValue)
        {
            Problem(FhirProblemCodes.BadUnit, path, $"{field.Path} is a number: give the UCUM code of its unit in \"unit\" (\"1\" for a score).");
        }

        var extraUnits = new Dictionary<string, double>(StringComparer.Ordinal);
        if (entry.TryGetProperty("extraUnits", out var extra) && Expect(extra, JsonValueKind.Object, path + ".extraUnits", "an object of UCUM code to factor"))
        {
            foreach (var pair in extra.EnumerateObject())
            {
                if (pair.Value.ValueKind != JsonValueKind.Number || pair.Value.GetDouble() <= 0 || unit is null)
                {
                    Problem(FhirProblemCodes.BadUnit, $"{path}.extraUnits.{pair.Name}", "An extra unit needs a positive factor to the entry's unit, and the entry a unit.");
                    continue;
                }

                extraUnits[pair.Name] = pair.Value.GetDouble();
            }
        }

        var answers = new List<(CodeKey, string)>();
        if (entry.TryGetProperty("answers", out var answersElement) && Expect(answersElement, JsonValueKind.Object, path + ".answers", "an object of code to enum name"))
        {
            if (field.Kind is not (CaseFieldKind.Enum or CaseFieldKind.EnumList))
            {
                Problem(FhirProblemCodes.BadCode, path + ".answers", $"{field.Path} is not an enum; answers map codes to enum names.");
            }

            foreach (var pair in answersElement.EnumerateObject())
            {
                var answerPath = $"{path}.answers.{pair.Name}";
                var code = ParseCode(pair.Name, answerPath);
                if (code is not null && Expect(pair.Value, JsonValueKind.String, answerPath, "an enum name") && CheckEnumName(pair.Value.GetString()!, field, answerPath))
                {
                    answers.Add((code, pair.Value.GetString()!));
                }
            }
        }

        return new ValueRule(field, unit, extraUnits, answers, projectSystem);
    }

    private JsonNode? ReadSet(JsonElement element, CaseField field, string path)
    {
        switch (field.Kind)
        {
            case CaseFieldKind.Boolean when element.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return JsonValue.Create(element.GetBoolean());
            case CaseFieldKind.Enum or CaseFieldKind.EnumList when element.ValueKind == JsonValueKind.String:
                return CheckEnumName(element.GetString()!, field, path) ? JsonValue.Create(element.GetString()) : null;
            default:
                Problem(FhirProblemCodes.TableShape, path, $"\"set\" for {field.Path} must be {(field.Kind == CaseFieldKind.Boolean ? "true or false" : field.Kind is CaseFieldKind.Enum or CaseFieldKind.EnumList ? "one of its names" : "absent: a resource's presence cannot give a " + field.Kind.ToString().ToLowerInvariant())}.");
                return null;
        }
    }

    private bool ReadAggregate(JsonElement element, CaseField field, string path)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        if (text == "latest")
        {
            return false;
        }

        if (text == "min" && field.Kind is CaseFieldKind.Number or CaseFieldKind.Integer)
        {
            return true;
        }

        Problem(FhirProblemCodes.TableShape, path, "\"aggregate\" is \"latest\" (the default) or, for a number, \"min\" (the lowest of the latest value of each code).");
        return false;
    }

    private bool CheckEnumName(string name, CaseField field, string path)
    {
        if (field.EnumNames.Contains(name, StringComparer.Ordinal))
        {
            return true;
        }

        Problem(FhirProblemCodes.BadCode, path, $"'{name}' is not a value of {field.Path}; it takes {string.Join(", ", field.EnumNames)}.");
        return false;
    }

    private List<CodeKey> Codes(JsonElement entry, string property, string path, bool required)
    {
        var codes = new List<CodeKey>();
        if (!entry.TryGetProperty(property, out var element))
        {
            if (required)
            {
                Problem(FhirProblemCodes.TableShape, path, $"\"{property}\" is missing: list the codes (alias|code) that select this entry.");
            }

            return codes;
        }

        if (!Expect(element, JsonValueKind.Array, $"{path}.{property}", "an array of alias|code strings"))
        {
            return codes;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = $"{path}.{property}[{index++}]";
            if (Expect(item, JsonValueKind.String, itemPath, "an alias|code string") && ParseCode(item.GetString()!, itemPath) is { } code)
            {
                codes.Add(code);
            }
        }

        if (required && index == 0)
        {
            Problem(FhirProblemCodes.TableShape, $"{path}.{property}", "The list of codes is empty; an entry no resource can select does nothing.");
        }

        return codes;
    }

    private CodeKey? ParseCode(string text, string path)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        var alias = bar > 0 ? text[..bar] : string.Empty;
        var code = bar > 0 ? text[(bar + 1)..] : string.Empty;
        if (bar <= 0 || code.Length == 0 || code == "*")
        {
            Problem(FhirProblemCodes.BadCode, path, $"'{text}' is not alias|code (loinc|4548-4, icd10cm|Z85*).");
            return null;
        }

        if (!systems.TryGetValue(alias, out var system))
        {
            Problem(FhirProblemCodes.BadCode, path, $"The code system alias '{alias}' is not declared in \"systems\" ({string.Join(", ", systems.Keys)}).");
            return null;
        }

        var family = code.EndsWith('*');
        return new CodeKey(system, family ? code[..^1] : code, family);
    }

    private string? Resource(JsonElement entry, string path, params string[] allowed)
    {
        var resource = String(entry, "resource", path);
        if (resource is not null && !allowed.Contains(resource, StringComparer.Ordinal))
        {
            Problem(FhirProblemCodes.BadCode, path + ".resource", $"'{resource}' is not a resource type this mapping reads here; use {string.Join(", ", allowed)}.");
            return null;
        }

        return resource;
    }

    private string? String(JsonElement entry, string property, string path)
    {
        if (Required(entry, property, path) is not { } element)
        {
            return null;
        }

        return Expect(element, JsonValueKind.String, $"{path}.{property}", "a string") ? element.GetString() : null;
    }

    private int? PositiveInt(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value > 0)
        {
            return value;
        }

        Problem(FhirProblemCodes.TableShape, path, "The look-back is a whole number of days, 1 or more.");
        return null;
    }

    private JsonElement? Required(JsonElement entry, string property, string path)
    {
        if (entry.TryGetProperty(property, out var element))
        {
            return element;
        }

        Problem(FhirProblemCodes.TableShape, path, $"\"{property}\" is missing.");
        return null;
    }

    private void CheckProperties(JsonElement entry, string path, string[] allowed)
    {
        foreach (var property in entry.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem(FhirProblemCodes.TableShape, $"{path}.{property.Name}", $"'{property.Name}' is not a property here; the properties are {string.Join(", ", allowed)}.");
            }
        }
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path, string what) => Expect(element, kind, kind, path, what);

    private bool Expect(JsonElement element, JsonValueKind kind, JsonValueKind alsoKind, string path, string what)
    {
        if (element.ValueKind == kind || element.ValueKind == alsoKind)
        {
            return true;
        }

        Problem(FhirProblemCodes.TableShape, path, $"Expected {what}, found {element.ValueKind.ToString().ToLowerInvariant()}.");
        return false;
    }

    private void Problem(string code, string path, string message)
    {
        var (line, column) = positions.Of(path);
        problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, message) { File = sourceName, Line = line, Column = column, JsonPath = path });
    }
}
