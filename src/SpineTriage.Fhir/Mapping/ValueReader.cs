using System.Globalization;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using SpineTriage.Fhir.Table;
using SpineTriage.Fhir.Units;

namespace SpineTriage.Fhir.Mapping;

/// <summary>Reads a FHIR value as one case field's JSON value, converting units; a value it cannot use is a problem, never a guess.</summary>
internal static class ValueReader
{
    private const string Ucum = "http://unitsofmeasure.org";

    /// <summary>The outcome of reading a value: the JSON value, or the problem code and message.</summary>
    public readonly record struct Read(JsonNode? Value, string? ProblemCode, string? Problem)
    {
        public static Read Of(JsonNode value) => new(value, null, null);

        public static Read Fail(string code, string message) => new(null, code, message);
    }

    public static Read ReadValue(DataType? value, ValueRule rule, double elapsedDays = 0)
    {
        var field = rule.Field;
        return field.Kind switch
        {
            CaseFieldKind.Number or CaseFieldKind.Integer => Number(value, rule, elapsedDays),
            CaseFieldKind.Boolean => value is FhirBoolean { Value: { } flag } ? Read.Of(JsonValue.Create(flag)) : WrongType(value, field, "a boolean (valueBoolean)"),
            CaseFieldKind.Text => value is FhirString { Value: { } text } ? Read.Of(JsonValue.Create(text)) : WrongType(value, field, "a string (valueString)"),
            _ => value is CodeableConcept concept ? Answer(concept, rule) : WrongType(value, field, "a coded value (valueCodeableConcept)"),
        };
    }

    /// <summary>The enum name a coded value stands for: through the table's answers, or a project code that is itself an enum name.</summary>
    public static Read Answer(CodeableConcept concept, ValueRule rule)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var coding in concept.Coding)
        {
            foreach (var (code, name) in rule.Answers)
            {
                if (code.Matches(coding))
                {
                    names.Add(name);
                }
            }

            if (coding.System == rule.ProjectSystem && coding.Code is { } own && rule.Field.EnumNames.Contains(own, StringComparer.Ordinal))
            {
                names.Add(own);
            }
        }

        return names.Count switch
        {
            1 => Read.Of(JsonValue.Create(names.First())),
            0 => Read.Fail(FhirProblemCodes.WrongValue, $"The coded value ({Describe(concept)}) answers nothing the mapping knows for {rule.Field.Path}, which takes {string.Join(", ", rule.Field.EnumNames)}."),
            _ => Read.Fail(FhirProblemCodes.WrongValue, $"The codings of the value ({Describe(concept)}) answer {rule.Field.Path} differently ({string.Join(", ", names)})."),
        };
    }

    private static Read Number(DataType? value, ValueRule rule, double elapsedDays)
    {
        double number;
        switch (value)
        {
            case Quantity quantity:
                if (quantity.Value is not { } decimalValue)
                {
                    return Read.Fail(FhirProblemCodes.WrongValue, "The quantity has no value.");
                }

                if (quantity.Comparator is not null)
                {
                    return Read.Fail(FhirProblemCodes.WrongValue, $"The quantity is a bound ({quantity.Comparator}), not a value; {rule.Field.Path} needs the measured value.");
                }

                if (quantity.System is { } system && system != Ucum)
                {
                    return Read.Fail(FhirProblemCodes.UnitNotConvertible, $"The unit is from {system}, not UCUM ({Ucum}); {rule.Field.Path} is read in {rule.Unit}.");
                }

                if (quantity.Code is not { } code)
                {
                    return Read.Fail(FhirProblemCodes.UnitNotConvertible, $"The quantity has no UCUM unit code{(quantity.Unit is { } text ? $" (only the text '{text}')" : string.Empty)}; {rule.Field.Path} is read in {rule.Unit}.");
                }

                if (rule.ExtraUnits.TryGetValue(code, out var factor))
                {
                    number = Math.Round((double)decimalValue * factor, 9, MidpointRounding.AwayFromZero);
                }
                else if (!UcumUnits.TryConvert((double)decimalValue, code, rule.Unit!, out number))
                {
                    return Read.Fail(FhirProblemCodes.UnitNotConvertible, $"The unit '{code}' cannot be converted to '{rule.Unit}' ({rule.Field.Path}){(UcumUnits.GroupOf(code) is { } group ? $": it measures {group}, not {UcumUnits.GroupOf(rule.Unit!)}" : ": it is not in the supported UCUM subset")}.");
                }

                break;
            case Integer { Value: { } whole } when rule.Unit == "1" || rule.Unit!.StartsWith('{'):
                number = whole;
                break;
            default:
                return WrongType(value, rule.Field, $"a quantity in {rule.Unit} (valueQuantity{(rule.Unit == "1" ? " or valueInteger" : string.Empty)})");
        }

        if (elapsedDays > 0 && UcumUnits.TryConvert(elapsedDays, "d", rule.Unit!, out var elapsed))
        {
            number += elapsed;
            if (rule.Field.Kind == CaseFieldKind.Integer)
            {
                number = Math.Floor(number);
            }
        }

        if (rule.Field.Kind == CaseFieldKind.Integer)
        {
            if (Math.Abs(number - Math.Round(number)) > 1e-9 || Math.Abs(number) > int.MaxValue)
            {
                return Read.Fail(FhirProblemCodes.WrongValue, $"{rule.Field.Path} is a whole number; the value is {number.ToString(CultureInfo.InvariantCulture)} {rule.Unit}.");
            }

            return Read.Of(JsonValue.Create((int)Math.Round(number)));
        }

        return Read.Of(JsonValue.Create(number));
    }

    private static Read WrongType(DataType? value, CaseField field, string expected) =>
        Read.Fail(FhirProblemCodes.WrongValue, $"{field.Path} needs {expected}; the resource has {(value is null ? "no value" : "a " + value.TypeName)}.");

    private static string Describe(CodeableConcept concept) =>
        concept.Coding.Count == 0 ? concept.Text ?? "no coding" : string.Join(", ", concept.Coding.Select(c => $"{c.System}|{c.Code}"));
}
