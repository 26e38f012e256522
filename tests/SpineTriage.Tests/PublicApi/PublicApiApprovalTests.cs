using SpineTriage.Rules;

namespace SpineTriage.Tests.PublicApi;

/// <summary>
/// Locks the public surface of both libraries: a change to it must come with a change to the checked-in
/// approved file, so it is a visible diff in review. To accept a deliberate change, run the tests with
/// SPINETRIAGE_APPROVE_API=1 and commit the rewritten file.
/// </summary>
public sealed class PublicApiApprovalTests
{
    [Theory]
    [InlineData("SpineTriage.Rules")]
    [InlineData("SpineTriage")]
    public void Public_api_matches_the_approved_file(string assemblyName)
    {
        var assembly = assemblyName == "SpineTriage" ? typeof(ITriageEngine).Assembly : typeof(RuleSet).Assembly;
        var actual = PublicApiPrinter.Print(assembly);
        var approvedPath = Path.Combine(RepositoryFiles.Root, "tests", "SpineTriage.Tests", "PublicApi", $"{assemblyName}.approved.txt");

        if (Environment.GetEnvironmentVariable("SPINETRIAGE_APPROVE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        Assert.True(File.Exists(approvedPath), $"No approved API file at {approvedPath}; run with SPINETRIAGE_APPROVE_API=1 to create it.");
        Assert.Equal(File.ReadAllText(approvedPath), actual);
    }

    [Fact]
    public void Printer_lists_members_of_public_types_only()
    {
        var text = PublicApiPrinter.Print(typeof(RuleSet).Assembly);

        Assert.Contains("public sealed class RuleSet", text, StringComparison.Ordinal);
        Assert.Contains("public static SpineTriage.Rules.RuleSet Load(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ExpressionParser", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_of_nullability_alone_changes_the_printed_api()
    {
        // Two surfaces that differ only by a '?': the old printer (reflection type names) printed them the same.
        var notNull = PublicApiPrinter.Print(typeof(NotNullSurface.Sample).Assembly, typeof(NotNullSurface.Sample));
        var nullable = PublicApiPrinter.Print(typeof(NullableSurface.Sample).Assembly, typeof(NullableSurface.Sample));

        Assert.Contains("public string Name { get; }", notNull, StringComparison.Ordinal);
        Assert.Contains("public string? Name { get; }", nullable, StringComparison.Ordinal);
        Assert.NotEqual(notNull.Replace("NotNullSurface", "Surface", StringComparison.Ordinal), nullable.Replace("NullableSurface", "Surface", StringComparison.Ordinal));
    }
}
