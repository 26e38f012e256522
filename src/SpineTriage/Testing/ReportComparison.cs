using SpineTriage.Reports;

namespace SpineTriage.Testing;

/// <summary>Compares a report with a test's expectations (rules/README.md: exact verdict, possible verdicts and red flags; reasons, missing and warnings as subsets).</summary>
internal static class ReportComparison
{
    public static void Compare(RuleTest test, TriageReport report, List<string> differences)
    {
        foreach (var expected in test.Assessments)
        {
            if (report.Find(expected.Assessment) is not { } actual)
            {
                differences.Add($"The report has no assessment '{expected.Assessment}'; it has {string.Join(", ", report.Assessments.Select(a => a.Assessment))}.");
                continue;
            }

            if (actual.Verdict != expected.Verdict)
            {
                differences.Add($"{expected.Assessment}: the verdict is {actual.Verdict}, expected {expected.Verdict}.{Because(actual)}");
            }

            if (expected.PossibleVerdicts is { } possible)
            {
                var actualPossible = actual.PossibleVerdicts.Select(p => p.Verdict).ToList();
                if (!actualPossible.Order(StringComparer.Ordinal).SequenceEqual(possible.Distinct().Order(StringComparer.Ordinal)))
                {
                    differences.Add($"{expected.Assessment}: the possible verdicts are [{string.Join(", ", actualPossible)}], expected [{string.Join(", ", possible)}].");
                }
            }

            Subset(expected.Assessment, "reason", expected.Reasons, actual.Reasons.Select(r => r.RuleName).ToList(), StringComparer.Ordinal, differences);
            Subset(expected.Assessment, "missing input", expected.Missing, actual.Missing, StringComparer.OrdinalIgnoreCase, differences);
            Subset(expected.Assessment, "warning", expected.Warnings, actual.Warnings.Select(r => r.RuleName).ToList(), StringComparer.Ordinal, differences);
        }

        if (test.RedFlags is { } expectedFlags)
        {
            var actualFlags = report.RedFlags.Select(f => f.RuleName).ToList();
            if (!actualFlags.Order(StringComparer.Ordinal).SequenceEqual(expectedFlags.Distinct().Order(StringComparer.Ordinal)))
            {
                differences.Add($"The red flags are [{string.Join(", ", actualFlags)}], expected [{string.Join(", ", expectedFlags)}].");
            }
        }
    }

    private static string Because(AssessmentResult actual) => actual switch
    {
        { Reasons.Count: > 0 } => $" Reasons: {string.Join(", ", actual.Reasons.Select(r => r.RuleName))}.",
        { PossibleVerdicts.Count: > 1 } => $" Possible: {string.Join(", ", actual.PossibleVerdicts.Select(p => p.Verdict))}; deciding: {string.Join(", ", actual.DecidingInputs)}.",
        _ => string.Empty,
    };

    private static void Subset(string assessment, string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual, StringComparer comparer, List<string> differences)
    {
        foreach (var item in expected)
        {
            if (!actual.Contains(item, comparer))
            {
                var listed = actual.Count == 0 ? "none" : string.Join(", ", actual);
                differences.Add($"{assessment}: expected {what} '{item}' is not reported (reported: {listed}).");
            }
        }
    }
}
