using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SpineTriage.Fhir;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Tests.Diagnostics;

/// <summary>
/// Issue 18 item 5: one catalogue of every diagnostic code, with its severity, meaning and fix, and
/// <c>docs/diagnostics.md</c> written from it. To rewrite the document after a change to a catalogue:
/// <c>SPINETRIAGE_WRITE_DOCS=1 dotnet test tests/SpineTriage.Cli.Tests --filter DiagnosticCatalog</c>.
/// </summary>
public sealed partial class DiagnosticCatalogTests
{
    private static readonly Assembly[] Producers =
        [typeof(RuleSet).Assembly, typeof(TriageEngine).Assembly, typeof(FhirCaseMapper).Assembly, typeof(CliDiagnosticCatalog).Assembly];

    private static string DocumentPath => Path.Combine(RepositoryFiles.Root, "docs", "diagnostics.md");

    [Fact]
    public void Every_code_constant_in_the_packages_has_one_entry_and_every_entry_is_a_code_constant()
    {
        var constants = CodeConstants().Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var catalogued = CliDiagnosticCatalog.All.Select(d => d.Code).ToList();

        Assert.Empty(constants.Except(catalogued, StringComparer.Ordinal));
        Assert.Empty(catalogued.Except(constants, StringComparer.Ordinal));
        Assert.Equal(catalogued.Count, catalogued.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void No_two_constants_share_a_code()
    {
        var shared = CodeConstants()
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void Entries_are_in_code_order_within_each_prefix_and_say_what_and_how_in_sentences()
    {
        foreach (var prefix in CliDiagnosticCatalog.All.GroupBy(d => d.Code[..3], StringComparer.Ordinal))
        {
            var codes = prefix.Select(d => d.Code).ToList();
            Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        }

        Assert.All(CliDiagnosticCatalog.All, d =>
        {
            Assert.Matches(CodeShape(), d.Code);
            Assert.True(d.Meaning.Length > 20 && d.Meaning.EndsWith('.'), $"{d.Code}: meaning '{d.Meaning}'");
            Assert.True(d.Fix.Length > 10 && d.Fix.EndsWith('.'), $"{d.Code}: fix '{d.Fix}'");
        });
    }

    [Fact]
    public void Each_package_catalogue_holds_the_one_below_it()
    {
        Assert.Equal(DiagnosticCatalog.All, TriageDiagnosticCatalog.All.Take(DiagnosticCatalog.All.Count));
        Assert.Equal(TriageDiagnosticCatalog.All, FhirDiagnosticCatalog.All.Take(TriageDiagnosticCatalog.All.Count));
        Assert.All(DiagnosticCatalog.All, d => Assert.StartsWith("SPR", d.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void The_document_is_the_catalogue()
    {
        var expected = Render(CliDiagnosticCatalog.All);
        if (Environment.GetEnvironmentVariable("SPINETRIAGE_WRITE_DOCS") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
        }

        Assert.True(File.Exists(DocumentPath), $"No {DocumentPath}; run the tests with SPINETRIAGE_WRITE_DOCS=1 to write it.");
        Assert.Equal(expected, File.ReadAllText(DocumentPath).ReplaceLineEndings("\n"));
    }

    private static IEnumerable<(string Name, string Code)> CodeConstants() =>
        from assembly in Producers
        from type in assembly.GetTypes()
        where type.Name.EndsWith("Codes", StringComparison.Ordinal)
        from field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        where field.IsLiteral && field.FieldType == typeof(string) && field.GetRawConstantValue() is string value && CodeShape().IsMatch(value)
        select ($"{type.Name}.{field.Name}", (string)field.GetRawConstantValue()!);

    private static string Render(IReadOnlyList<DiagnosticDescriptor> catalogue)
    {
        var text = new StringBuilder();
        text.Append("# Diagnostic codes\n\n")
            .Append("Every code SpineTriage reports, with what it means and what to do about it. Generated from the packages' catalogues\n")
            .Append("(`DiagnosticCatalog.All` in SpineTriage.Rules, `TriageDiagnosticCatalog.All` in SpineTriage, `FhirDiagnosticCatalog.All`\n")
            .Append("in SpineTriage.Fhir, and the command line's own); a test keeps this file equal to them. To rewrite it:\n")
            .Append("`SPINETRIAGE_WRITE_DOCS=1 dotnet test tests/SpineTriage.Cli.Tests --filter DiagnosticCatalog`.\n\n")
            .Append("Prefixes: `SPR` rule files and expressions (the engine), `SPC` patient cases, `SPT` rule packs, rule tests and reloading,\n")
            .Append("`SPF` FHIR mapping, `SPX` the command line. Errors stop a file from loading or a case from being evaluated; warnings do not.\n");
        foreach (var prefix in catalogue.GroupBy(d => d.Code[..3], StringComparer.Ordinal))
        {
            text.Append("\n## ").Append(prefix.Key).Append("\n\n| Code | Severity | Meaning | Fix |\n|---|---|---|---|\n");
            foreach (var d in prefix)
            {
                text.Append("| ").Append(d.Code).Append(" | ").Append(d.Severity.ToString().ToLowerInvariant())
                    .Append(" | ").Append(Cell(d.Meaning)).Append(" | ").Append(Cell(d.Fix)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex("^SP[RCTFX][0-9]{3}$")]
    private static partial Regex CodeShape();
}
