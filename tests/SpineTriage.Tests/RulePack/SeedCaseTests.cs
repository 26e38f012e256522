using SpineTriage.Cases;

namespace SpineTriage.Tests.RulePack;

public sealed class SeedCaseTests
{
    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryFiles.JsonFiles("seeds"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_fifteen_seed_cases()
    {
        Assert.True(SeedFiles().Count >= 15);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_seed_case_reads_strictly_and_validates(string file)
    {
        var result = PatientCaseJson.Read(File.ReadAllText(RepositoryFiles.PathOf("seeds", file)), file);

        Assert.Empty(result.Problems);
    }
}
