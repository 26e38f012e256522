using SpineTriage.Cases;
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

    /// <summary>The case's five sections as the workflows' arguments, in the order of <see cref="DefaultPack.Options"/>'s inputs.</summary>
    public static object?[] Arguments(PatientCase patientCase) =>
        [patientCase.Patient, patientCase.Symptoms, patientCase.Imaging, patientCase.Care, patientCase.Surgery];
}
