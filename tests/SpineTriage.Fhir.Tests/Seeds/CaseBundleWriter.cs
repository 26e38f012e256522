using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using SpineTriage.Cases;
using SpineTriage.Fhir.Table;

namespace SpineTriage.Fhir.Tests.Seeds;

/// <summary>
/// Writes a case as a FHIR R4 collection Bundle by reading the mapping table backwards: each field becomes the resource of
/// its first table entry (its first code that is not a family), so the bundle uses the codes an EHR would send where the
/// table has them. Dates are the evaluation time, so times since events do not grow. Used to generate seeds/fhir/.
/// </summary>
internal static class CaseBundleWriter
{
    public static Bundle Write(PatientCase patientCase, string name, FhirMappingTable table, DateTimeOffset when)
    {
        var content = table.Content;
        var json = JsonNode.Parse(PatientCaseJson.Write(patientCase))!.AsObject();
        var bundle = new Bundle { Id = name, Type = Bundle.BundleType.Collection };
        var patient = new Patient { Id = name };
        var subject = new ResourceReference("Patient/" + name);
        var resources = new List<Resource> { patient };
        var date = new FhirDateTime(when);

        foreach (var (sectionName, sectionNode) in json)
        {
            foreach (var (fieldName, value) in sectionNode!.AsObject())
            {
                var path = $"{sectionName}.{fieldName}";
                if (path == "patient.age")
                {
                    patient.BirthDate = DateOnly.FromDateTime(when.UtcDateTime).AddYears(-value!.GetValue<int>()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                if (path == "patient.sex")
                {
                    patient.Gender = Enum.Parse<AdministrativeGender>(value!.GetValue<string>(), ignoreCase: true);
                    continue;
                }

                if (content.Groups.FirstOrDefault(g => g.List.Path == path) is { } group)
                {
                    foreach (var item in value!.AsArray())
                    {
                        resources.Add(GroupItem(group, item!.AsObject(), subject, date, content.ProjectSystem));
                    }

                    continue;
                }

                var entries = content.Fields.Where(f => f.Value.Field.Path == path).ToList();
                if (entries[0].Value.Field.Kind == CaseFieldKind.EnumList)
                {
                    foreach (var item in value!.AsArray().Select(i => i!.GetValue<string>()))
                    {
                        var presence = entries.FirstOrDefault(e => e.Set?.GetValue<string>() == item);
                        resources.Add(presence is not null
                            ? Presence(presence, present: true, subject, date)
                            : Observation(entries.First(e => e.Set is null), JsonValue.Create(item), subject, date));
                    }

                    continue;
                }

                var observed = entries.FirstOrDefault(e => e.Set is null);
                resources.Add(observed is not null
                    ? Observation(observed, value!, subject, date)
                    : Presence(entries.First(e => e.Set!.GetValue<bool>()), value!.GetValue<bool>(), subject, date));
            }
        }

        var index = 0;
        foreach (var resource in resources)
        {
            resource.Id ??= $"{resource.TypeName.ToLowerInvariant()}-{++index}";
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + Uuid($"{name}/{resource.TypeName}/{resource.Id}"), Resource = resource });
        }

        return bundle;
    }

    private static Observation Observation(FieldMapping entry, JsonNode value, ResourceReference subject, FhirDateTime date)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Code = Concept(entry.Codes),
            Subject = subject,
            Effective = date,
            Value = Value(entry.Value, value),
        };
        if (entry.BodySites.Count > 0)
        {
            observation.BodySite = Concept(entry.BodySites);
        }

        return observation;
    }

    private static Resource Presence(FieldMapping entry, bool present, ResourceReference subject, FhirDateTime date) => entry.ResourceType switch
    {
        "Condition" => new Condition
        {
            Code = Concept(entry.Codes),
            Subject = subject,
            RecordedDateElement = date,
            VerificationStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-ver-status", present ? "confirmed" : "refuted"),
        },
        _ => new Procedure
        {
            Status = present ? EventStatus.Completed : EventStatus.NotDone,
            Code = Concept(entry.Codes),
            Subject = subject,
            Performed = date,
        },
    };

    private static Resource GroupItem(GroupMapping group, JsonObject item, ResourceReference subject, FhirDateTime date, string projectSystem)
    {
        if (group.ResourceType == "Observation")
        {
            var observation = new Observation { Status = ObservationStatus.Final, Code = Concept(group.Codes), Subject = subject, Effective = date };
            foreach (var field in group.Fields)
            {
                if (item[field.Value.Field.Name] is { } value)
                {
                    observation.Component.Add(new Observation.ComponentComponent { Code = Concept(field.Codes), Value = Value(field.Value, value) });
                }
            }

            return observation;
        }

        var procedure = new Procedure { Status = EventStatus.Completed, Subject = subject, Performed = date };
        foreach (var field in group.Fields)
        {
            if (item[field.Value.Field.Name] is { } value)
            {
                var concept = (CodeableConcept)Value(field.Value, value);
                if (field.Source == ItemValueSource.Code)
                {
                    procedure.Code = concept;
                }
                else
                {
                    procedure.Outcome = concept;
                }
            }
        }

        procedure.Code ??= Concept(group.Codes);
        return procedure;
    }

    private static DataType Value(ValueRule rule, JsonNode value) => rule.Field.Kind switch
    {
        CaseFieldKind.Boolean => new FhirBoolean(value.GetValue<bool>()),
        CaseFieldKind.Text => new FhirString(value.GetValue<string>()),
        CaseFieldKind.Integer when rule.Unit == "1" => new Integer(value.GetValue<int>()),
        CaseFieldKind.Integer or CaseFieldKind.Number => new Quantity((decimal)value.GetValue<double>(), rule.Unit!) { Unit = rule.Unit },
        _ => rule.Answers.FirstOrDefault(a => a.Value == value.GetValue<string>() && !a.Code.IsFamily) is { Code: { } code }
            ? new CodeableConcept(code.System, code.Code)
            : new CodeableConcept(rule.ProjectSystem, value.GetValue<string>()),
    };

    private static CodeableConcept Concept(IReadOnlyList<CodeKey> codes)
    {
        var code = codes.First(c => !c.IsFamily);
        return new CodeableConcept(code.System, code.Code);
    }

    private static Guid Uuid(string text)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(text));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
