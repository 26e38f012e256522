using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using SpineTriage.Cases;

namespace SpineTriage.Fhir.Tests.Seeds;

/// <summary>The FHIR bundles of the seed cases (seeds/fhir/NAME.bundle.json): where they live, how they are written, when they apply.</summary>
internal static class SeedBundles
{
    /// <summary>The evaluation time the seed bundles are written for: ages and dates are counted to it.</summary>
    public static readonly DateTimeOffset EvaluationTime = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static FhirMappingOptions Options { get; } = new() { EvaluationTime = EvaluationTime };

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public static string PathOf(string seedName) => RepositoryFiles.PathOf("seeds", "fhir", seedName + ".bundle.json");

    public static PatientCase SeedCase(string seedName) => PatientCaseJson.ReadFile(RepositoryFiles.PathOf("seeds", seedName + ".json")).Case!;

    /// <summary>The bundle the generator writes for a seed now, as the committed file holds it (indented, with a final newline).</summary>
    public static string Generate(string seedName) =>
        JsonSerializer.Serialize(CaseBundleWriter.Write(SeedCase(seedName), seedName, FhirMappingTable.Default, EvaluationTime), Json).ReplaceLineEndings("\n") + "\n";
}
