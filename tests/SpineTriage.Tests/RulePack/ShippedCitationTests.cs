namespace SpineTriage.Tests.RulePack;

/// <summary>No rule, rule document or library source cites a file the project does not ship, nor the research's private tags.</summary>
public sealed class ShippedCitationTests
{
    private static readonly string[] Forbidden = ["research/", "seeds/0", "PRIMARY-copy", "GitHub copy"];

    [Fact]
    public void Rules_and_sources_cite_no_file_outside_the_project()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf("rules"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var hits = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(l => Forbidden.Any(tag => l.line.Contains(tag, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.PathOf("."), l.f)}:{l.i + 1}: {l.line.Trim()}")
            .ToList();

        Assert.True(files.Count > 50, "the scan must see the rules and the sources");
        Assert.Empty(hits);
    }

    [Fact]
    public void Every_rule_of_the_default_pack_cites_the_bibliography_with_a_level_on_its_scale()
    {
        var engine = TriageEngine.Create();

        foreach (var assessment in engine.Assessments)
        {
            for (var i = 0; i < assessment.Annotations.Count; i++)
            {
                var annotations = assessment.Annotations[i];
                var rule = assessment.Workflow.Rules[i].Name;
                Assert.True(annotations.Citations.Count > 0, $"{rule} cites no bibliography entry");
                Assert.All(annotations.Citations, c => Assert.StartsWith("http", c.Url, StringComparison.Ordinal));
                Assert.Matches("^(1a|1b|1c|2a|2b|2c|3a|3b|4|5)$", annotations.EvidenceLevel);
                Assert.StartsWith($"Oxford CEBM 2009 level {annotations.EvidenceLevel}", annotations.Evidence, StringComparison.Ordinal);
            }
        }
    }
}
