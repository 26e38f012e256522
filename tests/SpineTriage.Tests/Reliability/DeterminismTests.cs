using SpineTriage.Cases;
using SpineTriage.Reports;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Reliability;

// The same case gives byte-identical report JSON on any thread, in any run, in any process.
public sealed class DeterminismTests
{
    private static readonly string[] Seeds = [.. RepositoryFiles.JsonFiles("seeds").Select(File.ReadAllText)];

    /// <summary>
    /// Evaluations per thread: 100 in the plain test run, 2,000 under SPINETRIAGE_DEEP=1 (about 15 s on two shared cores);
    /// set SPINETRIAGE_DETERMINISM_EVALUATIONS=100000 for the full 16 × 100,000 run (about 10 minutes on the same machine).
    /// </summary>
    private static int PerThread => TestDepth.Count(quick: 100, deep: 2_000, "SPINETRIAGE_DETERMINISM_EVALUATIONS");

    [Fact]
    public void Sixteen_threads_give_the_reports_of_a_single_threaded_run()
    {
        var engine = TestCases.DefaultEngine;
        var cases = Seeds.Select(s => PatientCaseJson.Parse(s)).ToArray();
        var expected = cases.Select(c => ReportJsonRenderer.Render(engine.Evaluate(c))).ToArray();
        var mismatches = new int[16];

        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var index = (i + t) % cases.Length;
                var report = engine.Evaluate(cases[index]);
                if (i % 10 == 0 && ReportJsonRenderer.Render(report) != expected[index])
                {
                    mismatches[t]++;
                }
                else if (report.Assessments.Count != 3 || report.RuleSetHash != engine.RuleSetHash)
                {
                    mismatches[t]++;
                }
            }
        })).ToArray();
        Array.ForEach(threads, t => t.Start());
        Assert.All(threads, t => Assert.True(t.Join(TimeSpan.FromMinutes(5)), "an evaluating thread did not finish within 5 minutes"));

        Assert.All(mismatches, m => Assert.Equal(0, m));
    }

    [Fact]
    public void Two_runs_in_one_process_render_the_same_bytes()
    {
        var (one, two) = (TriageEngine.Create(), TriageEngine.Create());

        var first = Seeds.Select(s => ReportJsonRenderer.Render(one.Evaluate(s))).ToArray();
        var second = Seeds.Select(s => ReportJsonRenderer.Render(two.Evaluate(s))).ToArray();

        Assert.Equal(first, second);
    }
}
