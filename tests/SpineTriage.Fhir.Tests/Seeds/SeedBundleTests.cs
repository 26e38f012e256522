using System.Text.Json.Nodes;
using SpineTriage.Cases;

namespace SpineTriage.Fhir.Tests.Seeds;

/// <summary>
/// Every seed case has a FHIR bundle under seeds/fhir/, generated from the case through the mapping table and committed;
/// mapped back, it gives the same case (empty lists aside: FHIR cannot say "none recorded") and the same verdicts.
/// To regenerate after a change to the seeds or the table: SPINETRIAGE_WRITE_FHIR_SEEDS=1 dotnet test tests/SpineTriage.Fhir.Tests.
/// </summary>
[Collection(WarmCollection.Name)]
public sealed class SeedBundleTests(WarmCollection.Warm warm)
{

    public static TheoryData<string> Seeds() => new(RepositoryFiles.SeedNames());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Committed_bundle_is_the_one_the_generator_writes(string seed)
    {
        var generated = SeedBundles.Generate(seed);
        var path = SeedBundles.PathOf(seed);
        if (Environment.GetEnvironmentVariable("SPINETRIAGE_WRITE_FHIR_SEEDS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"No bundle at {path}; run the tests with SPINETRIAGE_WRITE_FHIR_SEEDS=1 to write it.");
        Assert.Equal(generated, File.ReadAllText(path));
    }

    [Fact]
    public void Every_bundle_belongs_to_a_seed()
    {
        var seeds = RepositoryFiles.SeedNames().Select(s => s + ".bundle.json").ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.GetFiles(RepositoryFiles.PathOf("seeds", "fhir"), "*.json").Select(Path.GetFileName).Where(f => !seeds.Contains(f!)).ToList();

        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Bundle_maps_back_to_the_seed_case_with_the_same_verdicts(string seed)
    {
        var expected = SeedBundles.SeedCase(seed);

        var result = FhirCaseMapper.Default.MapJson(File.ReadAllText(SeedBundles.PathOf(seed)), SeedBundles.Options);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Unused);
        Assert.NotNull(result.Case);
        Assert.True(JsonNode.DeepEquals(Normalized(expected), Normalized(result.Case)), $"Mapped:\n{PatientCaseJson.Write(result.Case)}\nSeed:\n{PatientCaseJson.Write(expected)}");
        var want = warm.Engine.Evaluate(expected);
        var got = warm.Engine.Evaluate(result.Case);
        Assert.Equal(want.Assessments.Select(a => $"{a.Assessment}: {a.Verdict}"), got.Assessments.Select(a => $"{a.Assessment}: {a.Verdict}"));
        Assert.Equal(want.RedFlags.Select(f => f.RuleName), got.RedFlags.Select(f => f.RuleName));
    }

    [Fact]
    public void Every_filled_field_of_a_mapped_seed_names_its_resource()
    {
        var result = FhirCaseMapper.Default.MapJson(File.ReadAllText(SeedBundles.PathOf("revision-hba1c-8-6")), SeedBundles.Options);

        var hba1c = Assert.Single(result.Sources, s => s.CasePath == "patient.hba1cPercent");
        Assert.StartsWith("Observation/", hba1c.Resource, StringComparison.Ordinal);
        Assert.Equal("http://loinc.org|4548-4", hba1c.Code);
        Assert.Equal("Observation.valueQuantity", hba1c.Element);
        Assert.Equal(SeedBundles.EvaluationTime, hba1c.Effective);
        Assert.Equal(Leaves(JsonNode.Parse(PatientCaseJson.Write(result.Case!))!, string.Empty).Order(StringComparer.Ordinal), result.Sources.Select(s => s.CasePath).Order(StringComparer.Ordinal));
    }

    /// <summary>The case as JSON without empty lists or sections, and with enum lists sorted (their order carries no meaning).</summary>
    private static JsonNode Normalized(PatientCase patientCase) => Prune(JsonNode.Parse(PatientCaseJson.Write(patientCase))!)!;

    private static JsonNode? Prune(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                var pruned = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (value is not null && Prune(value) is { } kept)
                    {
                        pruned[name] = kept;
                    }
                }

                return pruned.Count == 0 ? null : pruned;
            case JsonArray array:
                var items = array.Select(i => Prune(i!)).OfType<JsonNode>().ToList();
                if (items.Count > 0 && items.All(i => i is JsonValue))
                {
                    items = items.OrderBy(i => i.ToJsonString(), StringComparer.Ordinal).ToList();
                }

                return items.Count == 0 ? null : new JsonArray(items.ToArray());
            default:
                return node.DeepClone();
        }
    }

    private static IEnumerable<string> Leaves(JsonNode node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value!, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray array => array.SelectMany((item, i) => Leaves(item!, $"{path}[{i}]")),
        _ => [path],
    };
}
