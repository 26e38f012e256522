using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using SpineTriage.Fhir.Mapping;
using SpineTriage.Fhir.Table;
using SpineTriage.Rules;

namespace SpineTriage.Fhir;

/// <summary>
/// Maps FHIR R4 resources (a Bundle, or the resources of a CDS Hooks prefetch) to a <see cref="Cases.PatientCase"/> through a
/// <see cref="FhirMappingTable"/>. The age and sex come from the Patient resource; every other field from the Observations,
/// Conditions and Procedures the table maps. The latest finding within the look-back wins; a value that cannot be used is
/// a located problem and its field is left out (unknown), never guessed. Immutable and thread-safe.
/// </summary>
public sealed class FhirCaseMapper
{
    /// <summary>The largest bundle JSON <see cref="MapJson"/> accepts, in UTF-8 bytes (8 MiB).</summary>
    public const int MaxBundleBytes = 8 * 1024 * 1024;

    private const int MaxBundleNesting = 4;

    /// <summary>The name problems in FHIR JSON give as their file.</summary>
    private const string JsonSource = "FHIR JSON";

    /// <summary>Creates a mapper over a table.</summary>
    /// <param name="table">The mapping table.</param>
    public FhirCaseMapper(FhirMappingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
    }

    /// <summary>A mapper over the table shipped in this package.</summary>
    public static FhirCaseMapper Default { get; } = new(FhirMappingTable.Default);

    /// <summary>The mapping table.</summary>
    public FhirMappingTable Table { get; }

    /// <summary>Maps FHIR R4 JSON: a Bundle (entries that are Bundles are read too) or a single resource.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="options">The evaluation time and look-back; null for the defaults.</param>
    /// <returns>The case, its sources, the problems and the unused resources; malformed FHIR is a problem with line and column.</returns>
    public FhirMappingResult MapJson(string json, FhirMappingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Encoding.UTF8.GetByteCount(json) > MaxBundleBytes)
        {
            return Failed(new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.MalformedBundle, $"The FHIR JSON is larger than {MaxBundleBytes:N0} bytes; send the resources of one patient.") { File = JsonSource, Line = 1, Column = 1, JsonPath = "$" });
        }

        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> issues;
        try
        {
            new FhirJsonDeserializer().TryDeserializeResource(json, out resource, out issues);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            return Failed(new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.MalformedBundle, $"The FHIR JSON could not be read: {exception.Message}") { File = JsonSource, Line = 1, Column = 1, JsonPath = "$" });
        }

        var problems = issues.Select(Locate).ToList();
        if (problems.Count > 0 || resource is null)
        {
            return Failed([.. problems.Count > 0 ? problems : [new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.MalformedBundle, "The JSON holds no FHIR resource.") { File = JsonSource, Line = 1, Column = 1, JsonPath = "$" }]]);
        }

        return Map([resource], options);
    }

    /// <summary>Maps the resources of a Bundle (entries that are Bundles, such as search results, are read too).</summary>
    /// <param name="bundle">The bundle.</param>
    /// <param name="options">The evaluation time and look-back; null for the defaults.</param>
    /// <returns>The case, its sources, the problems and the unused resources.</returns>
    public FhirMappingResult Map(Bundle bundle, FhirMappingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return Map([bundle], options);
    }

    /// <summary>Maps resources, such as the values of a CDS Hooks prefetch (a Patient, and Bundles of search results).</summary>
    /// <param name="resources">The resources; Bundles among them are opened.</param>
    /// <param name="options">The evaluation time and look-back; null for the defaults.</param>
    /// <returns>The case, its sources, the problems and the unused resources.</returns>
    public FhirMappingResult Map(IEnumerable<Resource> resources, FhirMappingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var evaluationTime = options?.EvaluationTime ?? DateTimeOffset.UtcNow;
        var problems = new List<Diagnostic>();
        var unused = new List<UnusedResource>();
        var all = Flatten(resources, 0).ToList();
        var candidates = new List<Candidate>();

        var patients = all.OfType<Patient>().ToList();
        var patientIds = patients.Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList();
        string? patientId = null;
        if (patientIds.Count > 1)
        {
            problems.Add(new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.MoreThanOnePatient,
                $"The resources hold {patientIds.Count} Patient resources ({string.Join(", ", patientIds.Select(id => "Patient/" + id))}); a case is one patient. No demographics are used.") { File = "Patient/" + patientIds[1], JsonPath = "Patient" });
        }
        else if (patients.Count > 0)
        {
            patientId = patients[0].Id;
            candidates.AddRange(PatientDemographics.Read(patients[0], evaluationTime, problems, unused));
        }

        var matcher = new ResourceMatcher(Table.Content, evaluationTime, options?.LookBackDays, problems);
        var order = 0;
        foreach (var resource in all.Where(r => r is not Patient))
        {
            var reference = ResourceFacts.ReferenceOf(resource);
            if (resource is not (Observation or Condition or Procedure))
            {
                unused.Add(new UnusedResource(reference, $"the mapping reads Patient, Observation, Condition and Procedure resources, not {resource.TypeName}"));
                continue;
            }

            if (ResourceFacts.SubjectIdOf(resource) is { } subject && (patientIds.Count > 1 || (patientId is not null && subject != patientId)))
            {
                unused.Add(new UnusedResource(reference, $"its subject is Patient/{subject}, not the patient of the case"));
                continue;
            }

            if (ResourceFacts.ExclusionOf(resource) is { } exclusion)
            {
                unused.Add(new UnusedResource(reference, exclusion));
                continue;
            }

            var (found, reason) = matcher.Match(resource, order++);
            candidates.AddRange(found);
            if (reason is not null)
            {
                unused.Add(new UnusedResource(reference, reason));
            }
        }

        var lowest = Table.Content.Fields.Where(f => f.TakeLowest).Select(f => f.Value.Field.Path).ToHashSet(StringComparer.Ordinal);
        var chosen = CandidateResolver.Resolve(candidates, lowest.Contains, problems, unused);
        var (patientCase, sources) = CaseAssembler.Assemble(chosen, problems);
        return new FhirMappingResult(patientCase, sources, problems, unused);
    }

    private static IEnumerable<Resource> Flatten(IEnumerable<Resource> resources, int depth)
    {
        foreach (var resource in resources)
        {
            if (resource is Bundle bundle && depth < MaxBundleNesting)
            {
                foreach (var inner in Flatten(bundle.Entry.Select(e => e.Resource).OfType<Resource>(), depth + 1))
                {
                    yield return inner;
                }
            }
            else if (resource is not null and not Bundle)
            {
                yield return resource;
            }
        }
    }

    private static FhirMappingResult Failed(params Diagnostic[] problems) => new(null, [], problems, []);

    private static Diagnostic Locate(Hl7.Fhir.Utility.CodedException issue)
    {
        var (line, position, path, message) = issue switch
        {
            Hl7.Fhir.Validation.CodedValidationException validation => (validation.LineNumber, validation.Position, validation.InstancePath, validation.BaseErrorMessage),
            FhirJsonException json => (json.LineNumber, json.Position, json.InstancePath, json.BaseErrorMessage),
            _ => (null, null, null, issue.Message),
        };
        return new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.MalformedBundle, $"{message} ({issue.ErrorCode})")
        {
            File = JsonSource,
            Line = (int)(line ?? 0),
            Column = (int)(position ?? 0),
            JsonPath = path,
        };
    }
}
