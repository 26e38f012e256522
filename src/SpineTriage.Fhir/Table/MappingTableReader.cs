using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpineTriage.Fhir.Units;
using SpineTriage.Rules;

namespace SpineTriage.Fhir.Table;

/// <summary>
/// Reads and checks a mapping table (the package README describes its format). Every problem is collected, located by
/// file, line, column and JSON path; the table is usable only when there is none.
/// </summary>
internal sealed partial class MappingTableReader
{
    private static readonly string[] TopProperties = ["$schema", "description", "lookBackDays", "systems", "fields", "groups"];
    private static readonly string[] FieldProperties = ["field", "resource", "codes", "unit", "extraUnits", "answers", "bodySite", "set", "aggregate", "elapsed", "lookBackDays", "note"];
    private static readonly string[] GroupProperties = ["list", "resource", "codes", "key", "fields", "lookBackDays", "note"];
    private static readonly string[] ItemProperties = ["field", "from", "codes", "unit", "extraUnits", "answers", "note"];

    private readonly string? sourceName;
    private readonly JsonPositions positions;
    private readonly List<Diagnostic> problems = [];
    private readonly Dictionary<string, string> systems = new(StringComparer.Ordinal);
    private readonly HashSet<string> entryKeys = new(StringComparer.Ordinal);
    private string projectSystem = string.Empty;

    private MappingTableReader(string? sourceName, JsonPositions positions)
    {
        this.sourceName = sourceName;
        this.positions = positions;
    }

    public static (MappingTableContent? Table, IReadOnlyList<Diagnostic> Problems) Read(string json, string? sourceName)
    {
        var utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        var reader = new MappingTableReader(sourceName, JsonPositions.Build(utf8));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false, MaxDepth = 32 });
        }
        catch (JsonException exception)
        {
            // System.Text.Json counts bytes from 0; a diagnostic gives 1-based lines and characters.
            var (line, column) = new LineMap(utf8).AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            return (null, [new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.MalformedTable, $"The mapping table is not valid JSON: {LineMap.MessageWithoutPosition(exception)} Fix the JSON syntax at this position.")
            {
                File = sourceName, Line = line, Column = column, JsonPath = exception.Path ?? "$",
            }]);
        }

        using (document)
        {
            var table = reader.ReadTable(document.RootElement);
            return reader.problems.Count == 0 ? (table, []) : (null, reader.problems);
        }
    }

    private MappingTableContent ReadTable(JsonElement root)
    {
        if (!Expect(root, JsonValueKind.Object, "$", "an object with systems, fields and groups"))
        {
            return new MappingTableContent([], [], 0, string.Empty);
        }

        CheckProperties(root, "$", TopProperties);
        var lookBack = root.TryGetProperty("lookBackDays", out var days) ? PositiveInt(days, "$.lookBackDays") ?? 365 : 365;
        if (Required(root, "systems", "$") is { } systemsElement && Expect(systemsElement, JsonValueKind.Object, "$.systems", "an object of alias to code system URI"))
        {
            foreach (var system in systemsElement.EnumerateObject())
            {
                if (Expect(system.Value, JsonValueKind.String, $"$.systems.{system.Name}", "a code system URI") &&
                    Uri.TryCreate(system.Value.GetString(), UriKind.Absolute, out _))
                {
                    systems[system.Name] = system.Value.GetString()!;
                }
                else if (system.Value.ValueKind == JsonValueKind.String)
                {
                    Problem(FhirProblemCodes.BadCode, $"$.systems.{system.Name}", $"'{system.Value.GetString()}' is not an absolute URI; a code system is named by its URI (http://loinc.org).");
                }
            }
        }

        projectSystem = systems.TryGetValue("st", out var st) ? st : string.Empty;
        var fields = new List<FieldMapping>();
        if (Required(root, "fields", "$") is { } fieldsElement && Expect(fieldsElement, JsonValueKind.Array, "$.fields", "an array of field mappings"))
        {
            var index = 0;
            foreach (var entry in fieldsElement.EnumerateArray())
            {
                if (ReadField(entry, $"$.fields[{index}]", index, lookBack) is { } field)
                {
                    fields.Add(field);
                }

                index++;
            }
        }

        var groups = new List<GroupMapping>();
        if (root.TryGetProperty("groups", out var groupsElement) && Expect(groupsElement, JsonValueKind.Array, "$.groups", "an array of list mappings"))
        {
            var index = 0;
            foreach (var entry in groupsElement.EnumerateArray())
            {
                if (ReadGroup(entry, $"$.groups[{index}]", lookBack) is { } group)
                {
                    groups.Add(group);
                }

                index++;
            }
        }

        return new MappingTableContent(fields, groups, lookBack, projectSystem);
    }

    private FieldMapping? ReadField(JsonElement entry, string path, int index, int defaultLookBack)
    {
        if (!Expect(entry, JsonValueKind.Object, path, "an object"))
        {
            return null;
        }

        CheckProperties(entry, path, FieldProperties);
        var fieldName = String(entry, "field", path);
        var resource = Resource(entry, path, "Observation", "Condition", "Procedure");
        var codes = Codes(entry, "codes", path, required: true);
        if (fieldName is null || resource is null)
        {
            return null;
        }

        if (!CaseFieldCatalog.Fields.TryGetValue(fieldName, out var field))
        {
            Problem(FhirProblemCodes.UnknownCaseField, path + ".field", $"'{fieldName}' is not a field of the case format (README \"The case format\"); name it as section.field, such as patient.hba1cPercent.");
            return null;
        }

        if (field.Kind == CaseFieldKind.ObjectList)
        {
            Problem(FhirProblemCodes.UnknownCaseField, path + ".field", $"{fieldName} is a list of objects; map it under \"groups\", one resource per item.");
            return null;
        }

        JsonNode? set = null;
        if (entry.TryGetProperty("set", out var setElement))
        {
            set = ReadSet(setElement, field, path + ".set");
        }

        if (resource != "Observation" && !entry.TryGetProperty("set", out _))
        {
            Problem(FhirProblemCodes.TableShape, path, $"A {resource} has no value of its own: say with \"set\" what its presence means for {fieldName} (true, or a list item).");
        }
        else if (resource == "Observation" && set is not null)
        {
            Problem(FhirProblemCodes.TableShape, path + ".set", "An Observation gives its own value; \"set\" is for Condition and Procedure entries.");
        }

        var lowest = entry.TryGetProperty("aggregate", out var aggregate) && ReadAggregate(aggregate, field, path + ".aggregate");
        var elapsed = entry.TryGetProperty("elapsed", out var elapsedElement) && Expect(elapsedElement, JsonValueKind.True, JsonValueKind.False, path + ".elapsed", "true or false") && elapsedElement.GetBoolean();
        var value = ReadValueRule(entry, field, path, resource == "Observation" && set is null);
        if (elapsed && UcumUnits.GroupOf(value.Unit ?? string.Empty) != "time")
        {
            Problem(FhirProblemCodes.BadUnit, path + ".elapsed", "Only a time (a unit such as mo or wk) can grow with the time since it was observed.");
        }

        var bodySites = Codes(entry, "bodySite", path, required: false);
        foreach (var code in codes)
        {
            var key = $"{resource}|{code}|{string.Join(",", bodySites.Select(b => b.ToString()).Order(StringComparer.Ordinal))}|{set?.ToJsonString()}";
            if (!entryKeys.Add(key))
            {
                Problem(FhirProblemCodes.BadCode, path + ".codes", $"{code} is mapped twice for {resource} (with the same body site and set): one resource would fill two fields, or one field twice.");
            }
        }

        var lookBack = entry.TryGetProperty("lookBackDays", out var days) ? PositiveInt(days, path + ".lookBackDays") ?? defaultLookBack : defaultLookBack;
        return new FieldMapping(value, resource, codes, bodySites, set, lowest, elapsed, lookBack, index);
    }

    private GroupMapping? ReadGroup(JsonElement entry, string path, int defaultLookBack)
    {
        if (!Expect(entry, JsonValueKind.Object, path, "an object"))
        {
            return null;
        }

        CheckProperties(entry, path, GroupProperties);
        var listName = String(entry, "list", path);
        var resource = Resource(entry, path, "Observation", "Procedure");
        var codes = Codes(entry, "codes", path, required: true);
        if (listName is null || resource is null)
        {
            return null;
        }

        if (!CaseFieldCatalog.Fields.TryGetValue(listName, out var list) || list.Kind != CaseFieldKind.ObjectList)
        {
            Problem(FhirProblemCodes.UnknownCaseField, path + ".list", $"'{listName}' is not a list of objects in the case format (imaging.levels, care.injections).");
            return null;
        }

        var items = new List<GroupFieldMapping>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (Required(entry, "fields", path) is { } fieldsElement && Expect(fieldsElement, JsonValueKind.Array, path + ".fields", "an array"))
        {
            var index = 0;
            foreach (var item in fieldsElement.EnumerateArray())
            {
                var itemPath = $"{path}.fields[{index++}]";
                if (ReadItem(item, itemPath, list, resource) is { } mapping)
                {
                    if (!seen.Add(mapping.Value.Field.Name))
                    {
                        Problem(FhirProblemCodes.UnknownCaseField, itemPath + ".field", $"{mapping.Value.Field.Name} is mapped twice in this list.");
                    }

                    items.Add(mapping);
                }
            }
        }

        var key = entry.TryGetProperty("key", out var keyElement) && Expect(keyElement, JsonValueKind.String, path + ".key", "an item field name") ? keyElement.GetString() : null;
        if (key is not null && !seen.Contains(key))
        {
            Problem(FhirProblemCodes.UnknownCaseField, path + ".key", $"The key '{key}' is not one of this list's mapped fields.");
        }

        var lookBack = entry.TryGetProperty("lookBackDays", out var days) ? PositiveInt(days, path + ".lookBackDays") ?? defaultLookBack : defaultLookBack;
        return new GroupMapping(list, resource, codes, key, items, lookBack);
    }

    private GroupFieldMapping? ReadItem(JsonElement item, string path, CaseField list, string resource)
    {
        if (!Expect(item, JsonValueKind.Object, path, "an object"))
        {
            return null;
        }

        CheckProperties(item, path, ItemProperties);
        var name = String(item, "field", path);
        if (name is null)
        {
            return null;
        }

        if (!list.ItemFields.TryGetValue(name, out var field))
        {
            Problem(FhirProblemCodes.UnknownCaseField, path + ".field", $"'{name}' is not a field of an item of {list.Path}; the fields are {string.Join(", ", list.ItemFields.Keys)}.");
            return null;
        }

        var from = item.TryGetProperty("from", out var fromElement) && Expect(fromElement, JsonValueKind.String, path + ".from", "component, code or outcome")
            ? fromElement.GetString()
            : "component";
        ItemValueSource? source = (from, resource) switch
        {
            ("component", "Observation") => ItemValueSource.Component,
            ("code", _) => ItemValueSource.Code,
            ("outcome", "Procedure") => ItemValueSource.Outcome,
            _ => null,
        };
        if (source is null)
        {
            Problem(FhirProblemCodes.TableShape, path + ".from", $"A {resource} item field is read from {(resource == "Observation" ? "a component or the code" : "the code or the outcome")}, not '{from}'.");
            return null;
        }

        var codes = source == ItemValueSource.Component ? Codes(item, "codes", path, required: true) : Codes(item, "codes", path, required: false);
        return new GroupFieldMapping(ReadValueRule(item, field, path, source == ItemValueSource.Component), source.Value, codes);
    }
}
