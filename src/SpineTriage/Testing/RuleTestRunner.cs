using SpineTriage.Cases;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Testing;

/// <summary>Runs a rule test file against an engine: each test's case is triaged and its report compared with the expectations.</summary>
public static class RuleTestRunner
{
    /// <summary>Runs every test of the file.</summary>
    /// <param name="file">The tests.</param>
    /// <param name="engine">The engine with the rule pack under test.</param>
    /// <returns>Pass or fail with the differences per test, and which outcomes each rule reached.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RuleTestRun Run(RuleTestFile file, ITriageEngine engine)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(engine);
        var coverage = new CoverageTally();
        var results = new List<RuleTestResult>();
        foreach (var test in file.Tests)
        {
            var differences = new List<string>();
            if (Triage(test, engine, differences) is { } report)
            {
                coverage.Add(report);
                ReportComparison.Compare(test, report, differences);
            }

            results.Add(new RuleTestResult(test.Name, differences));
        }

        return new RuleTestRun(results, coverage.Entries());
    }

    private static TriageReport? Triage(RuleTest test, ITriageEngine engine, List<string> differences)
    {
        var read = PatientCaseJson.ReadFile(test.CasePath);
        if (read.Case is null)
        {
            differences.AddRange(read.Problems.Select(p => $"The case file is invalid: {p}"));
            return null;
        }

        return engine.Evaluate(read.Case);
    }

    private sealed class CoverageTally
    {
        private readonly Dictionary<(string Assessment, string Rule), (bool Met, bool NotMet, bool Unknown)> _seen = [];
        private readonly List<(string Assessment, string Rule)> _order = [];

        public void Add(TriageReport report)
        {
            foreach (var assessment in report.Assessments)
            {
                foreach (var trace in assessment.Outcomes)
                {
                    var key = (assessment.Assessment, trace.RuleName);
                    if (!_seen.TryGetValue(key, out var seen))
                    {
                        _order.Add(key);
                    }

                    _seen[key] = (seen.Met || trace.Outcome == RuleOutcome.Met, seen.NotMet || trace.Outcome == RuleOutcome.NotMet, seen.Unknown || trace.Outcome == RuleOutcome.Unknown);
                }
            }
        }

        public List<RuleCoverage> Entries() =>
            _order.Select(k => new RuleCoverage(k.Assessment, k.Rule, _seen[k].Met, _seen[k].NotMet, _seen[k].Unknown)).ToList();
    }
}
