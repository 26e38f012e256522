using SpineTriage.Reports;

namespace SpineTriage.Tests.Triage;

public sealed class TriageEngineConcurrencyTests
{
    private static readonly string[] Seeds = Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Fact]
    public void Parallel_evaluations_equal_sequential_ones()
    {
        var engine = TriageEngine.Create();
        var sequential = Seeds.Select(s => ReportJsonRenderer.Render(engine.Evaluate(s))).ToArray();
        var parallel = new string[Seeds.Length * 20];

        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = ReportJsonRenderer.Render(engine.Evaluate(Seeds[i % Seeds.Length])));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % Seeds.Length], parallel[i]);
        }
    }

    [Fact]
    public void The_same_case_gives_byte_identical_json_from_two_engines()
    {
        var other = TriageEngine.Create();

        Assert.All(Seeds, s => Assert.Equal(ReportJsonRenderer.Render(TestCases.DefaultEngine.Evaluate(s)), ReportJsonRenderer.Render(other.Evaluate(s))));
    }

    [Fact]
    public void The_embedded_pack_and_a_copy_of_the_rules_directory_have_the_same_hash()
    {
        var fromDirectory = TriageEngine.Create(new TriageOptions { RulesDirectory = RepositoryFiles.PathOf("rules") });

        Assert.Equal(TestCases.DefaultEngine.RuleSetHash, fromDirectory.RuleSetHash);
    }
}
