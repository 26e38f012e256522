using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using SpineTriage.Fhir.Table;
using SpineTriage.Rules;

namespace SpineTriage.Fhir.Mapping;

/// <summary>Reads one list item (an imaged level, an injection) from its resource: components, the resource's code or its outcome.</summary>
internal static class GroupItemReader
{
    public static (JsonObject Json, List<FhirFieldSource> Sources)? Read(Resource resource, GroupMapping group, string reference, DateTimeOffset? effective, List<Diagnostic> problems)
    {
        var item = new JsonObject();
        var sources = new List<FhirFieldSource>();
        foreach (var field in group.Fields)
        {
            var (value, element, code) = Locate(resource, field);
            if (element is null)
            {
                continue;
            }

            var read = value is CodeableConcept concept && field.Source != ItemValueSource.Component
                ? ValueReader.Answer(concept, field.Value)
                : ValueReader.ReadValue(value, field.Value);
            if (read.Value is null)
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, read.ProblemCode!, $"{read.Problem} {group.List.Path} item field {field.Value.Field.Name} is left out.")
                {
                    File = reference,
                    JsonPath = $"{resource.TypeName}.{element}",
                });
                continue;
            }

            item[field.Value.Field.Name] = read.Value;
            sources.Add(new FhirFieldSource(field.Value.Field.Name, reference, code, effective, $"{resource.TypeName}.{element}"));
        }

        if (group.Key is { } key && item[key] is null)
        {
            problems.Add(new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.WrongValue, $"An item of {group.List.Path} needs its {key}; this one is left out.")
            {
                File = reference,
                JsonPath = resource.TypeName + ".component",
            });
            return null;
        }

        return (item, sources);
    }

    private static (DataType? Value, string? Element, string Code) Locate(Resource resource, GroupFieldMapping field)
    {
        switch (field.Source)
        {
            case ItemValueSource.Component when resource is Observation observation:
                for (var i = 0; i < observation.Component.Count; i++)
                {
                    var component = observation.Component[i];
                    if (field.Codes.FirstOrDefault(c => c.MatchesAny(component.Code)) is { } matched)
                    {
                        var valueName = component.Value is { } v ? "value" + ResourceMatcher.Capitalized(v.TypeName) : "value";
                        return (component.Value, $"component[{i}].{valueName}", ResourceMatcher.CodeText(component.Code, matched));
                    }
                }

                return (null, null, string.Empty);
            case ItemValueSource.Code:
                var code = ResourceFacts.CodeOf(resource);
                return (code, "code", code?.Coding.FirstOrDefault() is { } first ? $"{first.System}|{first.Code}" : string.Empty);
            case ItemValueSource.Outcome when resource is Procedure { Outcome: { } outcome }:
                return (outcome, "outcome", outcome.Coding.FirstOrDefault() is { } coding ? $"{coding.System}|{coding.Code}" : string.Empty);
            default:
                return (null, null, string.Empty);
        }
    }
}
