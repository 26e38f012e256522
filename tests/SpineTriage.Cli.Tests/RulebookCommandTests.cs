using System.Text.RegularExpressions;

namespace SpineTriage.Cli.Tests;

public sealed partial class RulebookCommandTests
{
    private static readonly string Committed = Path.Combine(RepositoryFiles.Root, "docs", "rulebook.md");

    [Fact]
    public void The_committed_rulebook_is_what_the_generator_writes_for_the_default_pack()
    {
        var run = CliRun.Of("rulebook", RepositoryFiles.RulesDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.True(
            File.ReadAllText(Committed).ReplaceLineEndings("\n") == run.Output.ReplaceLineEndings("\n"),
            "docs/rulebook.md is out of date; regenerate it with: spinetriage rulebook rules --out docs/rulebook.md");
    }

    [Fact]
    public void The_rulebook_has_the_disclaimer_plain_language_rules_sources_and_thresholds()
    {
        var text = File.ReadAllText(Committed);

        Assert.StartsWith("# SpineTriage rulebook\n\n> **Decision support, not diagnosis.**", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("- any of imaging levels meets any of the following:\n  - has translation mm greater than instability translation mm (3)\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("any of imaging levels has stenosis other than \"None\"", text, StringComparison.Ordinal);
        Assert.Contains("Sources: ", text, StringComparison.Ordinal);
        Assert.Contains("| instability translation mm | `instabilityTranslationMm` | 3 | 3 |", text, StringComparison.Ordinal);
        Assert.Contains("## Red flags (every assessment)", text, StringComparison.Ordinal);
        Assert.Contains("### Warnings (shown, never change the verdict)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mermaid_block_is_a_plausible_flowchart()
    {
        var blocks = MermaidBlock().Matches(File.ReadAllText(Committed).ReplaceLineEndings("\n")).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(3, blocks.Count);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("flowchart TD", lines[0]);
            foreach (var line in lines.Skip(1))
            {
                Assert.Matches(MermaidStatement(), line);
                var outsideLabels = QuotedLabel().Replace(line, "\"\"");
                Assert.Equal(outsideLabels.Count(c => c is '[' or '(' or '{'), outsideLabels.Count(c => c is ']' or ')' or '}'));
                Assert.DoesNotContain("\"\"\"", line, StringComparison.Ordinal);
            }

            var defined = NodeDefinition().Matches(block).Select(m => m.Groups[1].Value).ToHashSet();
            var used = EdgeEnds().Matches(block).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
            Assert.All(used, id => Assert.Contains(id, defined));
        }
    }

    [Fact]
    public void A_threshold_override_is_shown_with_its_value_and_a_file_is_written()
    {
        var file = Path.Combine(RepositoryFiles.NewScratchDirectory(), "book.md");

        var run = CliRun.Of("rulebook", RepositoryFiles.RulesDirectory, "--out", file, "--threshold", "instabilityTranslationMm=4");

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(file);
        Assert.Contains("| `instabilityTranslationMm` | 4 (overridden) | 3 |", text, StringComparison.Ordinal);
        Assert.Contains("instability translation mm (4)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_shows_one_number_for_an_overridden_threshold()
    {
        var run = CliRun.Of("rulebook", RepositoryFiles.RulesDirectory, "--threshold", "nicotineFreeWeeksMin=8");

        Assert.Equal(0, run.ExitCode);
        var nicotine = run.Output.ReplaceLineEndings("\n").Split("#### `OptimizeFirst_NicotineExposure`")[1].Split("####")[0];
        Assert.Contains("nicotine-free for at least 8 weeks", nicotine, StringComparison.Ordinal);
        Assert.Contains("nicotine free weeks min (8)", nicotine, StringComparison.Ordinal);
        Assert.DoesNotContain("6 weeks", nicotine, StringComparison.Ordinal);
        Assert.DoesNotContain("(6)", nicotine, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rulebook_ends_with_the_bibliography_and_its_evidence_scale()
    {
        var text = File.ReadAllText(Committed).ReplaceLineEndings("\n");

        var references = text.Split("\n## References\n")[1];
        Assert.Contains("Oxford Centre for Evidence-Based Medicine Levels of Evidence (March 2009)", references, StringComparison.Ordinal);
        Assert.Contains("- **ACR Appropriateness Criteria: Low Back Pain (2021)** (`acr-lbp-2021`).", references, StringComparison.Ordinal);
        Assert.Contains("Cited by: ", references, StringComparison.Ordinal);
        Assert.Contains("Sources: eviCore CMM-609 Lumbar Fusion (2025) (`evicore-cmm609-2025`). Evidence: Oxford CEBM 2009 level 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_threshold_is_refused()
    {
        var run = CliRun.Of("rulebook", RepositoryFiles.RulesDirectory, "--threshold", "instabilityTranslation=4");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    // A node (id with an optional shape and a quoted label) or an edge between ids, optionally with a plain label.
    [GeneratedRegex("""^  [A-Za-z][A-Za-z0-9_]*(\(\["[^"]*"\]\)|\{"[^"]*"\}|\["[^"]*"\])?( (-->|-\.->|-- (yes|no) -->) [A-Za-z][A-Za-z0-9_]*(\(\["[^"]*"\]\)|\{"[^"]*"\}|\["[^"]*"\])?)?$""")]
    private static partial Regex MermaidStatement();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedLabel();

    [GeneratedRegex("([A-Za-z][A-Za-z0-9_]*)(\\(\\[|\\{|\\[)\"")]
    private static partial Regex NodeDefinition();

    [GeneratedRegex("""(?:--> |-\.-> )([A-Za-z][A-Za-z0-9_]*)|(?m)^  ([A-Za-z][A-Za-z0-9_]*) --""")]
    private static partial Regex EdgeEnds();
}
