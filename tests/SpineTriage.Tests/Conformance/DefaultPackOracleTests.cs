using SpineTriage.Assessments;
using SpineTriage.Benchmarks.Oracle;
using SpineTriage.Cases;
using SpineTriage.Reports;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Tests.Conformance;

/// <summary>The benchmarks' hand-written oracle (the physical limit the engine is measured against) must decide every rule and verdict as the engine does.</summary>
public sealed class DefaultPackOracleTests
{
    /// <summary>Random cases: 600 in the plain test run (a few seconds), 100,000 under SPINETRIAGE_DEEP=1 (about 90 s on two shared cores).</summary>
    private static readonly int Cases = TestDepth.Count(quick: 600, deep: 100_000, "SPINETRIAGE_ORACLE_CASES");

    [Fact]
    public void Hand_written_oracle_agrees_with_the_engine_rule_by_rule_and_verdict_by_verdict_on_random_cases()
    {
        var engine = TriageEngine.Create();
        var random = new Random(20_250_612);
        var incomplete = 0;
        var (fusion, biologic, revision) = (new K[DefaultPackOracle.FusionRules], new K[DefaultPackOracle.BiologicRules], new K[DefaultPackOracle.RevisionRules]);
        for (var n = 0; n < Cases; n++)
        {
            var full = RandomCases.Full(random);
            var dropRate = (n % 4) * 0.15;
            var patientCase = dropRate == 0 ? full : PatientCaseJson.Parse(RandomCases.Masked(full, random, dropRate).ToJsonString());
            var report = engine.Evaluate(patientCase);
            var expected = new[] { DefaultPackOracle.Fusion(patientCase, fusion), DefaultPackOracle.Biologic(patientCase, biologic), DefaultPackOracle.Revision(patientCase, revision) };
            var actual = new[] { Assessment(report, "fusion"), Assessment(report, "biologic"), Assessment(report, "revision") };

            // The oracle resolves rule by rule (per-rule Kleene logic), as VerdictResolver does; the report's exact
            // reasoning about missing data is checked against brute force by PossibleVerdictProperties.
            var ruleByRule = actual.Select(a => RuleByRuleVerdict(engine, a)).ToArray();
            incomplete += ruleByRule.Count(v => v == AssessmentResult.IncompleteVerdict);
            Assert.True(expected.SequenceEqual(ruleByRule), $"case {n}: oracle {string.Join("/", expected)}, engine {string.Join("/", ruleByRule)}\n{PatientCaseJson.Write(patientCase)}");
            SameOutcomes(fusion, actual[0], n);
            SameOutcomes(biologic, actual[1], n);
            SameOutcomes(revision, actual[2], n);
        }

        Assert.InRange(incomplete, Cases / 100, Cases * 3 - Cases / 100);
    }

    private static string RuleByRuleVerdict(TriageEngine engine, AssessmentResult assessment)
    {
        var definition = engine.Assessments.Single(a => a.Assessment == assessment.Assessment);
        var votes = assessment.Outcomes.Where(o => o.Verdict is not null).Select(o => new VerdictVote(o.Verdict!, o.Outcome)).ToList();
        return VerdictResolver.Resolve(definition.Verdicts, definition.DefaultVerdict, votes).Verdict;
    }

    private static AssessmentResult Assessment(TriageReport report, string assessment) => report.Assessments.Single(a => a.Assessment == assessment);

    private static void SameOutcomes(K[] oracle, AssessmentResult engine, int n)
    {
        Assert.Equal(oracle.Length, engine.Outcomes.Count);
        for (var r = 0; r < oracle.Length; r++)
        {
            Assert.True((int)oracle[r] == (int)engine.Outcomes[r].Outcome, $"case {n}, {engine.Assessment} rule {engine.Outcomes[r].RuleName}: oracle {oracle[r]}, engine {engine.Outcomes[r].Outcome}");
        }
    }
}
