using SpineTriage.Cases;
using SpineTriage.Cli.Output;
using SpineTriage.Testing;

namespace SpineTriage.Cli.Test;

/// <summary>
/// Per rule of each assessment (injected rules counted in every assessment that evaluates them): whether some test made
/// it Met, NotMet and Unknown. Rules no test reached are included, so the percentage is over the whole pack.
/// </summary>
internal sealed class RuleCoverageTable
{
    private RuleCoverageTable(IReadOnlyList<RuleCoverage> rows) => Rows = rows;

    public IReadOnlyList<RuleCoverage> Rows { get; }

    public int MetCount => Rows.Count(r => r.Met);

    public double MetPercent => Rows.Count == 0 ? 100 : 100.0 * MetCount / Rows.Count;

    public static RuleCoverageTable From(ITriageEngine engine, IEnumerable<RuleTestRun> runs)
    {
        var seen = new Dictionary<(string, string), RuleCoverage>();
        foreach (var entry in runs.SelectMany(r => r.Coverage))
        {
            var key = (entry.Assessment, entry.RuleName);
            seen[key] = seen.TryGetValue(key, out var before)
                ? before with { Met = before.Met || entry.Met, NotMet = before.NotMet || entry.NotMet, Unknown = before.Unknown || entry.Unknown }
                : entry;
        }

        // Every report lists every top-level rule of every assessment (AssessmentResult.Outcomes), so the empty case names them all.
        var rows = engine.Evaluate(new PatientCase()).Assessments
            .SelectMany(a => a.Outcomes.Select(r => seen.GetValueOrDefault((a.Assessment, r.RuleName)) ?? new RuleCoverage(a.Assessment, r.RuleName, false, false, false)))
            .ToList();
        return new RuleCoverageTable(rows);
    }

    public void Write(OutputWriter output)
    {
        var width = Math.Max(4, Rows.Select(r => r.Assessment.Length + 1 + r.RuleName.Length).DefaultIfEmpty(0).Max());
        output.WriteLine();
        output.WriteLine($"{"Rule".PadRight(width)}  Met  NotMet  Unknown", Tone.Heading);
        foreach (var row in Rows)
        {
            var line = $"{(row.Assessment + "/" + row.RuleName).PadRight(width)}  {Mark(row.Met),-3}  {Mark(row.NotMet),-6}  {Mark(row.Unknown)}";
            output.WriteLine(line, row.Met ? Tone.Plain : Tone.Caution);
        }

        var neverMet = Rows.Where(r => !r.Met).ToList();
        output.WriteLine();
        if (neverMet.Count > 0)
        {
            output.WriteLine($"Rules no test made Met ({neverMet.Count}):", Tone.Caution);
            foreach (var row in neverMet)
            {
                output.WriteLine($"  - {row.Assessment}/{row.RuleName}", Tone.Caution);
            }
        }
    }

    private static string Mark(bool reached) => reached ? "yes" : "-";
}
