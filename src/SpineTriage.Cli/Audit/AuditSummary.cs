using System.Text.RegularExpressions;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Counts what the audit found, in constant memory: verdicts per assessment, cases with red flags, Incomplete cases and
/// their missing inputs (level indexes folded, <c>imaging.levels[*].translationMm</c>), malformed lines. Fed by the
/// single ordered writer, so it needs no locks.
/// </summary>
internal sealed partial class AuditSummary(IReadOnlyList<AssessmentHeading> assessments)
{
    private const int MalformedLinesRemembered = 10;

    private readonly Dictionary<string, long>[] _verdicts = assessments.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<string, long> _missing = new(StringComparer.Ordinal);
    private readonly HashSet<string> _caseMissing = new(StringComparer.Ordinal);
    private readonly List<long> _firstMalformed = [];

    public IReadOnlyList<AssessmentHeading> Assessments => assessments;

    public long Lines { get; private set; }

    public long Evaluated { get; private set; }

    public long Malformed => Lines - Evaluated;

    public long WithRedFlags { get; private set; }

    public long Incomplete { get; private set; }

    public long LastLine { get; private set; }

    public IReadOnlyList<long> FirstMalformedLines => _firstMalformed;

    public IEnumerable<KeyValuePair<string, long>> Verdicts(int assessment) =>
        _verdicts[assessment].OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, long>> MostCommonMissing(int count) =>
        _missing.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(count);

    public void Add(CaseOutcome outcome)
    {
        Lines++;
        LastLine = outcome.Line;
        if (outcome.Report is not { } report)
        {
            if (_firstMalformed.Count < MalformedLinesRemembered)
            {
                _firstMalformed.Add(outcome.Line);
            }

            return;
        }

        Evaluated++;
        WithRedFlags += report.RedFlags.Count > 0 ? 1 : 0;
        _caseMissing.Clear();
        for (var i = 0; i < assessments.Count; i++)
        {
            if (report.Find(assessments[i].Key) is not { } result)
            {
                continue;
            }

            _verdicts[i][result.Verdict] = _verdicts[i].GetValueOrDefault(result.Verdict) + 1;
            foreach (var input in result.DecidingInputs)
            {
                _caseMissing.Add(LevelIndex().Replace(input, "[*]"));
            }
        }

        Incomplete += report.Assessments.Any(a => a.IsIncomplete) ? 1 : 0;
        foreach (var input in _caseMissing)
        {
            _missing[input] = _missing.GetValueOrDefault(input) + 1;
        }
    }

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex LevelIndex();
}

/// <summary>An assessment's key (<c>fusion</c>) and title, in report order.</summary>
internal sealed record AssessmentHeading(string Key, string Title)
{
    /// <summary>The assessments of the engine's pack, found by evaluating an empty case once.</summary>
    public static IReadOnlyList<AssessmentHeading> Of(ITriageEngine engine) =>
        engine.Evaluate(new Cases.PatientCase()).Assessments.Select(a => new AssessmentHeading(a.Assessment, a.Title)).ToList();
}
