using SpineTriage.Assessments;
using SpineTriage.Cases;
using SpineTriage.Configuration;
using SpineTriage.Tests.Properties;

namespace SpineTriage.Benchmarks;

/// <summary>Random valid cases for the default pack (the triage tests' generator), complete or with fields removed.</summary>
internal static class DefaultPackCases
{
    public static PatientCase[] Create(int count, double dropRate, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var full = RandomCases.Full(random);
            return dropRate == 0 ? full : PatientCaseJson.Parse(RandomCases.Masked(full, random, dropRate).ToJsonString());
        })];
    }

    public static object?[] Arguments(PatientCase patientCase) => CaseInputs.Arguments(patientCase);

    /// <summary>The engine's verdict for one assessment: its workflow evaluated, then the pack's precedence resolution (as the triage layer does).</summary>
    public static string Verdict(AssessmentDefinition assessment, object?[] arguments) =>
        VerdictResolver.Resolve(assessment, assessment.Workflow.EvaluateOwned(arguments)).Verdict;
}
