using SpineTriage.Reports;

namespace SpineTriage.Tests.Triage;

/// <summary><see cref="TriageOptions.CompileRulesOnLoad"/>: the rules compiled as they are loaded, with the same reports.</summary>
public sealed class CompileRulesOnLoadTests
{
    [Fact]
    public void By_default_the_rules_start_interpreted()
    {
        var engine = TriageEngine.Create();

        Assert.All(engine.RuleSet.Workflows, workflow => Assert.False(workflow.Plan.IsCompiled));
    }

    [Fact]
    public void With_CompileRulesOnLoad_every_workflow_is_compiled_when_the_engine_is_created_and_reports_are_the_same()
    {
        var compiled = TriageEngine.Create(new TriageOptions { CompileRulesOnLoad = true });
        var interpreted = TriageEngine.Create();

        Assert.All(compiled.RuleSet.Workflows, workflow => Assert.True(workflow.Plan.IsCompiled));
        foreach (var name in new[] { "cauda-equina", "missing-data", "degenerative-spondylolisthesis-ready" })
        {
            var patientCase = TestCases.Seed(name);
            Assert.Equal(ReportJsonRenderer.Render(interpreted.Evaluate(patientCase)), ReportJsonRenderer.Render(compiled.Evaluate(patientCase)));
        }
    }
}
