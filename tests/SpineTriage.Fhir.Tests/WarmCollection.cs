using SpineTriage.Fhir.Tests.Seeds;

namespace SpineTriage.Fhir.Tests;

/// <summary>
/// Every test class of this project is in one collection whose fixture pays the one-time costs first: the FHIR SDK's model
/// inspector (seconds on a shared 2-core machine), the default mapping table and the rule pack. So each test stays well under
/// a second instead of the first ones carrying the start-up.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WarmCollection : ICollectionFixture<WarmCollection.Warm>
{
    public const string Name = "FHIR, warmed up";

    public sealed class Warm
    {
        public Warm()
        {
            FhirCaseMapper.Default.MapJson(File.ReadAllText(SeedBundles.PathOf("missing-data")), SeedBundles.Options);
            SeedBundles.Generate("missing-data");
            // Every seed twice: the engine moves to compiled code after 30 evaluations, and compiles a rule chunk's code for
            // missing inputs the first time one is missing; both happen here rather than inside a timed test.
            for (var round = 0; round < 2; round++)
            {
                foreach (var seed in RepositoryFiles.SeedNames())
                {
                    Engine.Evaluate(SeedBundles.SeedCase(seed));
                }
            }
        }

        public TriageEngine Engine { get; } = TriageEngine.Create();
    }
}
