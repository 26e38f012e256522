using System.Globalization;
using System.Text.RegularExpressions;
using SpineTriage.Benchmarks;

namespace SpineTriage.Tests.Performance;

/// <summary>The per-case distribution <c>benchmarks/run</c> prints (<c>--per-case</c>): one line per workload, the hand-written C# first at ratio 1. Its figures come from benchmarks/run, not from here.</summary>
public sealed partial class PerCaseDistributionTests
{
    [Fact]
    public void Each_workload_gets_a_median_p90_mean_and_a_ratio_to_the_hand_written_median()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);

        Assert.Equal(0, PerCaseDistribution.Run(output, warmUpSeconds: 0, passes: 1, callsPerPass: 1));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("per case, 256 cases with 20 % of fields missing", lines[0], StringComparison.Ordinal);
        Assert.Equal(["hand-written, all three assessments", "EvaluateVerdicts (verdicts only)", "Evaluate (TriageReport)"], lines[1..].Select(l => l.Split(':')[0]));
        foreach (var line in lines[1..])
        {
            var match = Figures().Match(line);
            Assert.True(match.Success, line);
            Assert.True(double.Parse(match.Groups["median"].Value, CultureInfo.InvariantCulture) > 0, line);
        }

        Assert.EndsWith("median ratio 1.00", lines[1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@": median (?<median>[0-9.]+), p90 [0-9.]+, mean [0-9.]+, median ratio [0-9.]+$")]
    private static partial Regex Figures();
}
