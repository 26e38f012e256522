using System.Text.Json.Nodes;
using SpineTriage.Cases;
using SpineTriage.Fhir.Table;
using SpineTriage.Rules;

namespace SpineTriage.Fhir.Mapping;

/// <summary>
/// Writes the chosen values as case JSON and reads it with the case format's own reader, so a mapped case is checked
/// exactly as a case file is. A value the case format refuses (out of range, contradictory) is reported at its resource
/// and left out, and the case is read again.
/// </summary>
internal static class CaseAssembler
{
    private const int MaxRounds = 8;

    public static (PatientCase? Case, IReadOnlyList<FhirFieldSource> Sources) Assemble(IReadOnlyList<Candidate> chosen, List<Diagnostic> problems)
    {
        var excluded = new HashSet<(string Slot, string? ItemField)>();
        for (var round = 0; round < MaxRounds; round++)
        {
            var (json, placed) = Write(chosen, excluded);
            var read = PatientCaseJson.Read(json.ToJsonString(), "mapped case");
            if (read.Case is not null)
            {
                return (read.Case, placed.Select(p => p.Source).ToList());
            }

            var attributed = true;
            foreach (var problem in read.Problems)
            {
                var path = problem.JsonPath is { } jsonPath && jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : problem.JsonPath ?? string.Empty;
                var culprits = placed.Where(p => p.Source.CasePath == path || p.Source.CasePath.StartsWith(path + ".", StringComparison.Ordinal) || p.Source.CasePath.StartsWith(path + "[", StringComparison.Ordinal)).ToList();
                if (culprits.Count == 0 || path.Length == 0)
                {
                    attributed = false;
                    problems.Add(problem with { Code = FhirProblemCodes.RefusedByCaseFormat, File = "mapped case" });
                    continue;
                }

                foreach (var culprit in culprits)
                {
                    excluded.Add((culprit.Slot, culprit.ItemField));
                    problems.Add(new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.RefusedByCaseFormat,
                        $"The case format refuses the value mapped to {culprit.Source.CasePath}: {problem.Message} It is left out.")
                    {
                        File = culprit.Source.Resource,
                        JsonPath = culprit.Source.Element,
                    });
                }
            }

            if (!attributed)
            {
                return (null, []);
            }
        }

        return (null, []);
    }

    private static (JsonObject Json, List<PlacedSource> Placed) Write(IReadOnlyList<Candidate> chosen, HashSet<(string, string?)> excluded)
    {
        var root = new JsonObject();
        var placed = new List<PlacedSource>();
        foreach (var (path, field) in CaseFieldCatalog.Fields)
        {
            switch (field.Kind)
            {
                case CaseFieldKind.EnumList:
                    var items = field.EnumNames
                        .Select(name => chosen.FirstOrDefault(c => c.Slot == $"{path}#{name}" && c.Value.GetValue<bool>() && !excluded.Contains((c.Slot, null))) is { } c ? (name, c) : default)
                        .Where(pair => pair.c is not null)
                        .ToList();
                    if (items.Count > 0)
                    {
                        Section(root, path)[field.Name] = new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i.name)).ToArray());
                        placed.AddRange(items.Select((item, index) => new PlacedSource(item.c.Sources[0] with { CasePath = $"{path}[{index}]" }, item.c.Slot, null)));
                    }

                    break;
                case CaseFieldKind.ObjectList:
                    var array = new JsonArray();
                    foreach (var item in chosen.Where(c => c.Slot.StartsWith(path + "#", StringComparison.Ordinal)).OrderBy(c => c.Order))
                    {
                        var copy = new JsonObject();
                        foreach (var property in ((JsonObject)item.Value).Where(p => !excluded.Contains((item.Slot, p.Key))))
                        {
                            copy[property.Key] = property.Value?.DeepClone();
                            var source = item.Sources.First(s => s.CasePath == property.Key);
                            placed.Add(new PlacedSource(source with { CasePath = $"{path}[{array.Count}].{property.Key}" }, item.Slot, property.Key));
                        }

                        array.Add(copy);
                    }

                    if (array.Count > 0)
                    {
                        Section(root, path)[field.Name] = array;
                    }

                    break;
                default:
                    if (chosen.FirstOrDefault(c => c.Slot == path) is { } scalar && !excluded.Contains((scalar.Slot, null)))
                    {
                        Section(root, path)[field.Name] = scalar.Value.DeepClone();
                        placed.Add(new PlacedSource(scalar.Sources[0], scalar.Slot, null));
                    }

                    break;
            }
        }

        return (root, placed);
    }

    private static JsonObject Section(JsonObject root, string fieldPath)
    {
        var name = fieldPath[..fieldPath.IndexOf('.', StringComparison.Ordinal)];
        if (root[name] is JsonObject section)
        {
            return section;
        }

        section = new JsonObject();
        root[name] = section;
        return section;
    }

    private sealed record PlacedSource(FhirFieldSource Source, string Slot, string? ItemField);
}
