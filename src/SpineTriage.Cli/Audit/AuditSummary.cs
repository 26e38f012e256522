using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using SpineTriage.Reports;

namespace SpineTriage.Cli.Audit;

/// <summary>
/// Counts what the audit found, in constant memory: verdicts per assessment, cases with red flags, Incomplete cases and
/// their missing inputs (level indexes folded, <c>imaging.levels[*].translationMm</c>), malformed lines. Fed by the
/// single ordered writer with what the workers counted per line (<see cref="LineTally"/>), so it needs no locks.
/// </summary>
internal sealed partial class AuditSummary(IReadOnlyList<AssessmentHeading> assessments)
{
    private const int MalformedLinesRemembered = 10;

    private readonly Dictionary<string, long>[] _verdicts = assessments.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly Dictionary<string, long> _missing = new(StringComparer.Ordinal);
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

    public void Add(AuditedLine line)
    {
        Lines++;
        LastLine = line.Line;
        if (line.Tally is not { } tally)
        {
            if (_firstMalformed.Count < MalformedLinesRemembered)
            {
                _firstMalformed.Add(line.Line);
            }

            return;
        }

        Evaluated++;
        WithRedFlags += tally.HasRedFlags ? 1 : 0;
        for (var i = 0; i < tally.Verdicts.Length; i++)
        {
            if (tally.Verdicts[i] is { } verdict)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_verdicts[i], verdict, out _)++;
            }
        }

        Incomplete += tally.Incomplete ? 1 : 0;
        foreach (var input in tally.Missing)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_missing, input, out _)++;
        }
    }

    /// <summary>An input name with its level index folded: <c>imaging.levels[2].modicType</c> becomes <c>imaging.levels[*].modicType</c>.</summary>
    public static string FoldLevelIndex(string input) => input.Contains('[', StringComparison.Ordinal) ? LevelIndex().Replace(input, "[*]") : input;

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
