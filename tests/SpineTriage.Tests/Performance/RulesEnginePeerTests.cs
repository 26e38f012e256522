using SpineTriage.Benchmarks.Peers;
using SpineTriage.Configuration;
using SpineTriage.Rules;
using SpineTriage.Rules.Tests.Workload;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Tests.Performance;

/// <summary>The RulesEngine rows of the benchmarks (RulesEngineBenchmarks.cs) measure the same outcomes as the rows they are compared with.</summary>
public sealed class RulesEnginePeerTests
{
    [Theory]
    [InlineData(true, 0.0)]
    [InlineData(true, 0.3)]
    [InlineData(false, 0.0)]
    public void The_twenty_rule_benchmark_gets_the_hand_written_outcomes_from_RulesEngine(bool fastExpressionCompiler, double nullRate)
    {
        var peer = new RulesEnginePeer([TwentyRuleWorkload.Json], RulesEnginePeer.FastestSettings(fastExpressionCompiler), flatten: true);
        var random = new Random(42);
        var met = new bool[TwentyRuleWorkload.RuleCount];

        for (var n = 0; n < 256; n++)
        {
            var workloadCase = WorkloadCase.Random(random, nullRate);
            TwentyRuleWorkload.Evaluate(workloadCase, met);
            var results = peer.Execute(TwentyRuleWorkload.WorkflowName, [RulesEngine.Models.RuleParameter.Create("patient", workloadCase)]);

            Assert.Equal(TwentyRuleWorkload.RuleCount, results.Count);
            Assert.All(results, r => Assert.True(string.IsNullOrEmpty(r.ExceptionMessage), $"case {n}, {r.Rule.RuleName}: {r.ExceptionMessage}"));
            Assert.Equal(met, results.Select(r => r.IsSuccess));
        }
    }

    [Fact]
    public void The_default_pack_benchmark_gets_our_two_valued_outcomes_from_RulesEngine()
    {
        var files = RepositoryFiles.WorkflowFiles().Select(File.ReadAllText).ToList();
        var peer = new RulesEnginePeer(files, RulesEnginePeer.FastestSettings(), flatten: true);
        var options = new RuleSetOptions { TwoValuedLogic = true };
        foreach (var input in CaseInputs.All)
        {
            options.Inputs.Add(input);
        }

        var ours = RuleSet.Load(files.Select((json, i) => new RuleSource($"rules{i}.json", json)), options);
        var outcomes = new RuleOutcome[64];
        var random = new Random(17);
        string[] assessments = ["FusionAppropriateness", "BiologicRepair", "RevisionReadiness"];

        for (var n = 0; n < 256; n++)
        {
            var patientCase = RandomCases.Full(random);
            foreach (var assessment in assessments)
            {
                var results = peer.Execute(assessment, RulesEnginePeer.Parameters(patientCase));
                ours.GetWorkflow(assessment).EvaluateOutcomes(outcomes, CaseInputs.Arguments(patientCase));

                Assert.Equal(ours.GetWorkflow(assessment).Evaluate(CaseInputs.Arguments(patientCase)).Results.Count, results.Count);
                Assert.All(results, r => Assert.True(string.IsNullOrEmpty(r.ExceptionMessage), $"case {n}, {r.Rule.RuleName}: {r.ExceptionMessage}"));
                Assert.Equal(outcomes.Take(results.Count).Select(o => o == RuleOutcome.Met), results.Select(r => r.IsSuccess));
            }
        }
    }
}
