using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Benchmarks;
using SpineTriage.Cases;
using SpineTriage.Cases.Json;
using SpineTriage.Configuration;
using SpineTriage.Rules.Evaluation;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Tests.Performance;

/// <summary>
/// The benchmarks build against public API only (issue 18 item 3); where they restate something the packages keep
/// internal (a switch name, the case model's JSON options, how the pack's settings are read), these keep them equal.
/// </summary>
public sealed class BenchmarkPublicApiTests
{
    [Fact]
    public void The_benchmarks_rule_by_rule_switch_is_the_engines()
    {
        Assert.Equal(EvaluationPlan.RuleByRuleSwitch, BenchmarkSwitches.RuleByRuleSwitch);
    }

    [Fact]
    public void The_benchmarks_case_json_context_has_the_triage_layers_options()
    {
        var ours = BenchmarkCaseJsonContext.Default.Options;
        var theirs = CaseJsonContext.Default.Options;

        Assert.Equal(
            (theirs.PropertyNamingPolicy, theirs.DefaultIgnoreCondition, theirs.ReadCommentHandling, theirs.AllowTrailingCommas, theirs.UnmappedMemberHandling, theirs.AllowDuplicateProperties, theirs.MaxDepth, theirs.WriteIndented),
            (ours.PropertyNamingPolicy, ours.DefaultIgnoreCondition, ours.ReadCommentHandling, ours.AllowTrailingCommas, ours.UnmappedMemberHandling, ours.AllowDuplicateProperties, ours.MaxDepth, ours.WriteIndented));
    }

    [Fact]
    public void The_benchmarks_case_json_context_reads_a_case_as_the_triage_layer_writes_it()
    {
        var random = new Random(31);
        for (var i = 0; i < 50; i++)
        {
            var patientCase = RandomCases.Full(random);
            var json = PatientCaseJson.Write(patientCase, indented: false);

            var read = JsonSerializer.Deserialize(json, BenchmarkCaseJsonContext.Default.PatientCase);

            Assert.NotNull(read);
            Assert.Equal(json, PatientCaseJson.Write(read, indented: false));
        }
    }

    [Fact]
    public void The_default_pack_read_through_the_engine_alone_resolves_the_verdicts_the_triage_layer_does()
    {
        var engine = TriageEngine.Create();
        var assessments = DefaultPackAssessment.All(DefaultPack.Load());
        Assert.Equal(engine.Assessments.Select(a => a.Assessment).Order(StringComparer.Ordinal), assessments.Keys.Order(StringComparer.Ordinal));
        foreach (var definition in engine.Assessments)
        {
            var assessment = assessments[definition.Assessment];
            Assert.Equal(definition.Workflow.Name, assessment.Workflow.Name);
            Assert.Equal(definition.Verdicts, assessment.Verdicts);
            Assert.Equal(definition.DefaultVerdict, assessment.DefaultVerdict);
            Assert.Equal(definition.Precedence.VerdictRules, assessment.VerdictRules);
        }

        var random = new Random(17);
        for (var i = 0; i < 200; i++)
        {
            var patientCase = i % 2 == 0 ? RandomCases.Full(random) : PatientCaseJson.Parse(RandomCases.Masked(RandomCases.Full(random), random, 0.2).ToJsonString());
            var arguments = DefaultPackCases.Arguments(patientCase);
            Assert.Equal(CaseInputs.Arguments(patientCase), arguments);
            foreach (var definition in engine.Assessments)
            {
                var expected = VerdictResolver.Resolve(definition.Verdicts, definition.DefaultVerdict, definition.Precedence.VerdictRules, definition.Workflow.EvaluateOwned(arguments)).Verdict;
                Assert.Equal(expected, assessments[definition.Assessment].Verdict(arguments));
            }
        }
    }
}
