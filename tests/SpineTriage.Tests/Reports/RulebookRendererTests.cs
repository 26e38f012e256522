using SpineTriage.Reports;

namespace SpineTriage.Tests.Reports;

// The rulebook as a host renders it from an engine (the CLI's `spinetriage rulebook` calls the same).
public sealed class RulebookRendererTests
{
    private static readonly TriageEngine PackEngine = TriageEngine.Create(new TriageOptions { RulesDirectory = RepositoryFiles.PathOf("rules") });

    [Fact]
    public void The_default_pack_renders_the_committed_rulebook()
    {
        var committed = File.ReadAllText(RepositoryFiles.PathOf("docs", "rulebook.md")).ReplaceLineEndings("\n");

        Assert.True(committed == RulebookRenderer.Render(PackEngine), "docs/rulebook.md is out of date; regenerate it with: spinetriage rulebook rules --out docs/rulebook.md");
    }

    [Fact]
    public void Every_assessment_of_the_engine_has_its_section()
    {
        var rulebook = RulebookRenderer.Render(PackEngine);

        foreach (var assessment in PackEngine.Evaluate(new SpineTriage.Cases.PatientCase()).Assessments)
        {
            Assert.Contains($"Assessment `{assessment.Assessment}`", rulebook, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_threshold_override_shows_as_the_value_in_force()
    {
        var options = new TriageOptions { RulesDirectory = RepositoryFiles.PathOf("rules") };
        options.Thresholds["instabilityTranslationMm"] = 4;

        var rulebook = RulebookRenderer.Render(TriageEngine.Create(options));

        Assert.Contains("| instability translation mm | `instabilityTranslationMm` | 4 (overridden) | 3 |", rulebook, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_engine_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => RulebookRenderer.Render(null!));
    }
}
