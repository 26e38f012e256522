namespace SpineTriage.Tests.RulePack;

/// <summary>
/// The default pack reaches its second tier: every workflow's rules build into lambdas and JIT-compile, for present and
/// for missing inputs, with nothing told to the host's tier-up callback; and the compiled tier gives the seed cases the
/// reports the first tier gives. A compiler bug here would otherwise leave the pack interpreted forever (slower, not wrong).
/// </summary>
public sealed class CompiledTierTests
{
    [Fact]
    public void Every_workflow_of_the_default_pack_compiles_without_a_tier_up_failure()
    {
        var failures = new List<string>();
        var engine = TriageEngine.Create(new TriageOptions(), (workflow, exception) => failures.Add($"{workflow}: {exception}"));

        foreach (var workflow in engine.RuleSet.Workflows)
        {
            workflow.Plan.CompileNow();
            Assert.True(workflow.Plan.IsCompiled, $"{workflow.Name} stayed on the first tier");
            Assert.True(workflow.Plan.ChunkCount > 0, $"{workflow.Name} has no compiled chunk");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void The_compiled_tier_reports_every_seed_case_as_the_first_tier_does()
    {
        var compiled = TriageEngine.Create(new TriageOptions(), (workflow, exception) => throw new Xunit.Sdk.XunitException($"{workflow}: {exception}"));
        foreach (var workflow in compiled.RuleSet.Workflows)
        {
            workflow.Plan.CompileNow();
        }

        // A fresh first-tier engine every 20 cases: the tier-up is queued after 30 evaluations.
        var seeds = RepositoryFiles.JsonFiles("seeds").Select(File.ReadAllText).ToList();
        Assert.True(seeds.Count >= 15);
        foreach (var chunk in seeds.Chunk(20))
        {
            var firstTier = TriageEngine.Create();
            foreach (var json in chunk)
            {
                Assert.Equal(SpineTriage.Reports.ReportJsonRenderer.Render(firstTier.Evaluate(json)), SpineTriage.Reports.ReportJsonRenderer.Render(compiled.Evaluate(json)));
            }

            Assert.All(firstTier.RuleSet.Workflows, w => Assert.False(w.Plan.IsCompiled));
        }
    }
}
