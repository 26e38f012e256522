using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using SpineTriage.Cases;
using SpineTriage.Reports;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Tests.Triage;

/// <summary>
/// <see cref="ITriageEngine.EvaluateVerdicts"/> (issue 15, item 2): the verdicts-only result holds exactly the report's
/// verdicts, possible verdicts, missing and deciding inputs and red flags, for complete cases and cases with fields
/// removed, through the engine and the reloading engine a host gets from dependency injection.
/// </summary>
public sealed class VerdictsOnlyEvaluationTests
{
    private static readonly TriageEngine Engine = TestCases.DefaultEngine;

    [ReplayableProperty(quick: 200, deep: 3_000)]
    public Property Verdicts_only_equal_the_report_field_by_field() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var full = RandomCases.Full(random);
            var dropRate = random.Next(3) * 0.15;
            var patientCase = dropRate == 0 ? full : PatientCaseJson.Parse(RandomCases.Masked(full, random, dropRate).ToJsonString());
            var report = Engine.Evaluate(patientCase);
            var verdicts = Engine.EvaluateVerdicts(patientCase);
            AssertSame(report, verdicts, $"seed {seed}");
            return true.Classify(report.Assessments.Any(a => a.IsIncomplete), "an Incomplete assessment")
                .Classify(report.RedFlags.Count > 0, "a red flag");
        });

    [Fact]
    public void Verdicts_only_of_an_incomplete_case_name_the_possible_verdicts_and_the_deciding_inputs()
    {
        var patientCase = TestCases.FusionIndicated with { Symptoms = TestCases.FusionIndicated.Symptoms! with { ImagingConcordant = null } };
        var report = Engine.Evaluate(patientCase);
        var verdicts = Engine.EvaluateVerdicts(patientCase);

        AssertSame(report, verdicts, "imaging concordance missing");
        var fusion = verdicts.Find("FUSION")!;
        Assert.True(fusion.IsIncomplete);
        Assert.Equal(["NeedsWorkup", "Appropriate"], fusion.PossibleVerdicts);
        Assert.Equal(["symptoms.imagingConcordant"], fusion.DecidingInputs);
        Assert.Contains("symptoms.imagingConcordant", fusion.Missing);
    }

    [Fact]
    public void Verdicts_only_list_each_red_flag_once_by_rule_name()
    {
        var patientCase = TestCases.Seed("cauda-equina");
        var verdicts = Engine.EvaluateVerdicts(patientCase);

        Assert.NotEmpty(verdicts.RedFlags);
        Assert.Equal(verdicts.RedFlags.Distinct().Count(), verdicts.RedFlags.Count);
        Assert.Equal(Engine.Evaluate(patientCase).RedFlags.Select(f => f.RuleName), verdicts.RedFlags);
        Assert.Equal(Engine.RuleSetHash, verdicts.RuleSetHash);
        Assert.Null(verdicts.Find("no-such-assessment"));
    }

    [Fact]
    public void Verdicts_only_validate_the_case_as_a_report_does()
    {
        var invalid = TestCases.FusionBase with { Patient = TestCases.FusionBase.Patient! with { Age = -4 } };

        Assert.Throws<CaseValidationException>(() => Engine.EvaluateVerdicts(invalid));
        Assert.Throws<ArgumentNullException>(() => Engine.EvaluateVerdicts(null!));
    }

    [Fact]
    public void The_engine_a_host_gets_from_dependency_injection_evaluates_verdicts_only()
    {
        using var provider = new ServiceCollection().AddSpineTriage().BuildServiceProvider();
        var engine = provider.GetRequiredService<ITriageEngine>();
        var patientCase = TestCases.Seed("missing-data");

        AssertSame(engine.Evaluate(patientCase), engine.EvaluateVerdicts(patientCase), "dependency injection");
    }

    private static void AssertSame(TriageReport report, TriageVerdicts verdicts, string what)
    {
        Assert.True(report.Assessments.Count == verdicts.Assessments.Count, what);
        for (var a = 0; a < report.Assessments.Count; a++)
        {
            var (expected, actual) = (report.Assessments[a], verdicts.Assessments[a]);
            var where = $"{what}, {expected.Assessment}";
            Assert.True(expected.Assessment == actual.Assessment, where);
            Assert.True(expected.Verdict == actual.Verdict, $"{where}: {expected.Verdict} in the report, {actual.Verdict} verdicts only");
            Assert.True(expected.PossibleVerdicts.Select(p => p.Verdict).SequenceEqual(actual.PossibleVerdicts), where);
            Assert.True(expected.DecidingInputs.SequenceEqual(actual.DecidingInputs), where);
            Assert.True(expected.Missing.SequenceEqual(actual.Missing), $"{where}: missing [{string.Join(", ", expected.Missing)}] vs [{string.Join(", ", actual.Missing)}]");
        }

        Assert.True(report.RedFlags.Select(f => f.RuleName).SequenceEqual(verdicts.RedFlags), what);
        Assert.Equal(report.RuleSetHash, verdicts.RuleSetHash);
    }
}
