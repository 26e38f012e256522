using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using SpineTriage.Fhir.Table;
using SpineTriage.Rules;

namespace SpineTriage.Fhir.Mapping;

/// <summary>Turns one Observation, Condition or Procedure into candidates for the case slots its codes map to.</summary>
internal sealed class ResourceMatcher(MappingTableContent table, DateTimeOffset evaluationTime, int? lookBackOverride, List<Diagnostic> problems)
{
    /// <summary>The candidates of one resource; empty with a reason when it maps to nothing or is too old.</summary>
    public (List<Candidate> Candidates, string? UnusedReason) Match(Resource resource, int order)
    {
        var candidates = new List<Candidate>();
        var code = ResourceFacts.CodeOf(resource);
        var effective = ResourceFacts.EffectiveOf(resource);
        var reference = ResourceFacts.ReferenceOf(resource);
        var matchedAny = false;
        string? tooOld = null;
        foreach (var entry in table.Fields.Where(f => f.ResourceType == resource.TypeName))
        {
            var matched = entry.Codes.FirstOrDefault(c => c.MatchesAny(code));
            if (matched is null || (entry.BodySites.Count > 0 && !entry.BodySites.Any(b => resource is Observation o && b.MatchesAny(o.BodySite))))
            {
                continue;
            }

            matchedAny = true;
            if (resource is Observation && Age(effective, entry.LookBackDays) is { } reason)
            {
                tooOld = reason;
                continue;
            }

            var source = new FhirFieldSource(entry.Value.Field.Path, reference, CodeText(code!, matched), effective, $"{resource.TypeName}.{ValueElement(resource, entry)}");
            if (FromEntry(resource, entry, effective) is not { } value)
            {
                continue;
            }

            var slot = entry.Value.Field.Kind == CaseFieldKind.EnumList ? $"{entry.Value.Field.Path}#{value.Item}" : entry.Value.Field.Path;
            candidates.Add(new Candidate(slot, value.Json, effective, reference, [source], order, entry.TakeLowest ? matched.ToString() : null));
        }

        foreach (var group in table.Groups.Where(g => g.ResourceType == resource.TypeName))
        {
            if (group.Codes.FirstOrDefault(c => c.MatchesAny(code)) is not { } matched)
            {
                continue;
            }

            matchedAny = true;
            if (resource is Observation && Age(effective, group.LookBackDays) is { } reason)
            {
                tooOld = reason;
                continue;
            }

            if (ResourceFacts.SaysAbsent(resource))
            {
                continue;
            }

            if (GroupItemReader.Read(resource, group, reference, effective, problems) is { } item)
            {
                var key = group.Key is { } keyField && item.Json[keyField] is { } keyValue ? keyValue.ToString() : reference;
                candidates.Add(new Candidate($"{group.List.Path}#{key}", item.Json, effective, reference, item.Sources, order));
            }
        }

        return (candidates, !matchedAny ? $"no entry of the mapping table matches its code ({Describe(code)}){(resource is Observation { BodySite: not null } ? " and body site" : string.Empty)}" : candidates.Count == 0 ? tooOld : null);
    }

    private (JsonNode Json, string? Item)? FromEntry(Resource resource, FieldMapping entry, DateTimeOffset? effective)
    {
        var field = entry.Value.Field;
        if (entry.Set is { } set)
        {
            var absent = ResourceFacts.SaysAbsent(resource);
            return field.Kind switch
            {
                CaseFieldKind.Boolean => (JsonValue.Create(set.GetValue<bool>() != absent), null),
                CaseFieldKind.EnumList => (JsonValue.Create(!absent), set.GetValue<string>()),
                _ => absent ? null : (set.DeepClone(), null),
            };
        }

        var observation = (Observation)resource;
        var elapsed = entry.Elapsed && effective is { } when && when < evaluationTime ? (evaluationTime - when).TotalDays : 0;
        var read = ValueReader.ReadValue(observation.Value, entry.Value, elapsed);
        if (read.Value is null)
        {
            problems.Add(new Diagnostic(DiagnosticSeverity.Error, read.ProblemCode!, $"{read.Problem} {field.Path} is left out.")
            {
                File = ResourceFacts.ReferenceOf(resource),
                JsonPath = $"Observation.{ValueElement(resource, entry)}",
            });
            return null;
        }

        return field.Kind == CaseFieldKind.EnumList ? (JsonValue.Create(true), read.Value.GetValue<string>()) : (read.Value, null);
    }

    private string? Age(DateTimeOffset? effective, int entryLookBack)
    {
        var days = lookBackOverride ?? entryLookBack;
        if (effective is not { } when)
        {
            return "it has no effective date or issued time, so its age against the look-back cannot be checked";
        }

        return when < evaluationTime.AddDays(-days) ? $"it is from {when:yyyy-MM-dd}, older than the look-back of {days} days" : null;
    }

    private static string ValueElement(Resource resource, FieldMapping entry) => resource switch
    {
        Observation { Value: { } value } when entry.Set is null => "value" + Capitalized(value.TypeName),
        Observation when entry.Set is null => "value",
        _ => "code",
    };

    internal static string Capitalized(string typeName) => char.ToUpperInvariant(typeName[0]) + typeName[1..];

    internal static string CodeText(CodeableConcept code, CodeKey matched) =>
        code.Coding.First(matched.Matches) is var coding ? $"{coding.System}|{coding.Code}" : matched.ToString();

    private static string Describe(CodeableConcept? code) =>
        code is null || code.Coding.Count == 0 ? "none" : string.Join(", ", code.Coding.Select(c => $"{c.System}|{c.Code}"));
}
