using SpineTriage.Benchmarks.Oracle;
using SpineTriage.Cases;
using SpineTriage.Reports;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Tests.Performance;

/// <summary>The benchmarks' hand-written oracle (the physical limit the engine is measured against) must decide as the engine does.</summary>
public sealed class DefaultPackOracleTests
{
    [Fact]
    public void Hand_written_oracle_agrees_with_the_engine_on_100000_random_cases()
    {
        var engine = TriageEngine.Create();
        var random = new Random(20_250_612);
        var incomplete = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var full = RandomCases.Full(random);
            var dropRate = (n % 4) * 0.15;
            var patientCase = dropRate == 0 ? full : PatientCaseJson.Parse(RandomCases.Masked(full, random, dropRate).ToJsonString());
            var report = engine.Evaluate(patientCase);
            var expected = new[] { DefaultPackOracle.Fusion(patientCase), DefaultPackOracle.Biologic(patientCase), DefaultPackOracle.Revision(patientCase) };
            var actual = new[] { Verdict(report, "fusion"), Verdict(report, "biologic"), Verdict(report, "revision") };
            incomplete += actual.Count(v => v == AssessmentResult.IncompleteVerdict);
            Assert.True(expected.SequenceEqual(actual), $"case {n}: oracle {string.Join("/", expected)}, engine {string.Join("/", actual)}\n{PatientCaseJson.Write(patientCase)}");
        }

        Assert.InRange(incomplete, 1_000, 299_000);
    }

    private static string Verdict(TriageReport report, string assessment) => report.Assessments.Single(a => a.Assessment == assessment).Verdict;
}
