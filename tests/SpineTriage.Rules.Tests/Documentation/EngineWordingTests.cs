using System.Text.RegularExpressions;

namespace SpineTriage.Rules.Tests.Documentation;

/// <summary>
/// The engine knows nothing of spines or patients: its source, messages, XML docs, project file and README use
/// generic examples (orders, customers, lines), so a host in any domain reads them as its own (issue 18 item 3).
/// </summary>
public sealed partial class EngineWordingTests
{
    [Fact]
    public void The_engine_source_and_readme_use_no_clinical_words()
    {
        var engine = Path.Combine(RepositoryFiles.Root, "src", "SpineTriage.Rules");
        var files = Directory.EnumerateFiles(engine, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(file => !IsBuildOutput(Path.GetRelativePath(engine, file)))
            .ToList();

        var found = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(engine, file), Line: index + 1, Text: line)))
            .Where(line => ClinicalWord().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {ClinicalWord().Match(line.Text).Value}")
            .ToList();

        Assert.Contains(files, file => file.EndsWith("README.md", StringComparison.Ordinal));
        Assert.True(files.Count > 100, $"only {files.Count} engine files found under {engine}");
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("such as patient.Age > 65", true)]
    [InlineData("new RuleInput(\"Patient\", typeof(Patient))", true)]
    [InlineData("such as \"lumbar\"", true)]
    [InlineData("a clinical pack", true)]
    [InlineData("what a clinician reads", true)]
    [InlineData("<c>spinetriage.default</c>", true)]
    [InlineData("the spine's levels", true)]
    [InlineData("the fusion workflow", true)]
    [InlineData("patient.DexaTScoreMin", true)]
    [InlineData("imaging.Levels[1].TranslationMm", true)]
    [InlineData("namespace SpineTriage.Rules.Evaluation;", false)]
    [InlineData("the SpineTriage package logs event 5", false)]
    [InlineData("a confusion of names", false)]
    [InlineData("such as order.Amount > 100 or order.Lines[].Discount", false)]
    public void The_check_finds_clinical_words_and_not_the_product_name(string text, bool clinical) =>
        Assert.Equal(clinical, ClinicalWord().IsMatch(text));

    /// <summary>Clinical words and the triage layer's <c>spinetriage.</c> properties; <c>SpineTriage</c>, the product's and the namespaces' name, is not one.</summary>
    [GeneratedRegex(@"patient|lumbar|spine(?!triage)|(?-i:spinetriage\.)|clinic|\bfusion|dexa|imaging|vertebr|surg(ery|ical|eon)|symptom|medic(al|ine)|TranslationMm", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClinicalWord();

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
