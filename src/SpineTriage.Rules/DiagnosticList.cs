using System.Collections;

namespace SpineTriage.Rules;

/// <summary>
/// Problems collected with a cap, so hostile input (300,000 mistyped values, a file of 5,000 broken rules) cannot make a
/// problem list, its memory or the output unbounded: per file, the first <see cref="MaxKept"/> errors and the first
/// <see cref="MaxKept"/> warnings are kept, and at most <see cref="MaxKeptInAll"/> of each over all files; the rest are only
/// counted. A file's problems cannot hide another file's (or a later stage's, such as linking). <see cref="ToList"/> ends
/// the kept problems with one "and N more" problem per file that had problems left out, located where the first of them is.
/// Counting goes on past the cap, so <see cref="ErrorCount"/> is exact.
/// </summary>
/// <remarks>Not thread-safe: one checker adds to an instance at a time.</remarks>
/// <param name="summaryCode">The code of the "and N more" problems (one per layer: rule files, cases).</param>
/// <exception cref="ArgumentNullException"><paramref name="summaryCode"/> is null.</exception>
/// <param name="maxKept">How many problems of each severity are kept per file.</param>
public sealed class DiagnosticList(string summaryCode, int maxKept = DiagnosticList.MaxKept) : IReadOnlyList<Diagnostic>
{
    /// <summary>The number of problems of each severity kept per file by default.</summary>
    public const int MaxKept = 100;

    /// <summary>The number of problems of each severity kept over all files, as a multiple of the per-file number.</summary>
    private const int FilesKeptInFull = 10;

    /// <summary>The number of problems of each severity kept over all files by default.</summary>
    public const int MaxKeptInAll = MaxKept * FilesKeptInFull;

    private readonly string _summaryCode = summaryCode ?? throw new ArgumentNullException(nameof(summaryCode));

    private List<List<Diagnostic>>? _captures;

    private readonly List<Diagnostic> _kept = [];
    private readonly int[] _keptBySeverity = new int[2];
    private readonly Dictionary<string, FileCounts> _files = new(StringComparer.Ordinal);
    private readonly List<FileCounts> _filesWithOmissions = [];
    private int _omittedErrors;

    /// <summary>Gets the number of problems kept.</summary>
    public int Count => _kept.Count;

    /// <summary>Gets the number of errors added, kept or not.</summary>
    public int ErrorCount => _keptBySeverity[(int)DiagnosticSeverity.Error] + _omittedErrors;

    /// <summary>Gets a value indicating whether any error was added, kept or not.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Gets the number of problems added but not kept.</summary>
    public int OmittedCount => _filesWithOmissions.Sum(f => f.Omitted[0] + f.Omitted[1]);

    /// <summary>Gets the kept problem at <paramref name="index"/>.</summary>
    public Diagnostic this[int index] => _kept[index];

    /// <summary>Starts setting aside the problems added, until <see cref="EndCapture"/> (nested captures stack): lenient loading decides per rule what they become.</summary>
    internal void BeginCapture() => (_captures ??= []).Add([]);

    /// <summary>Stops the innermost capture and returns what it set aside, in the order added; nothing of it is in the list.</summary>
    internal List<Diagnostic> EndCapture()
    {
        var captured = _captures![^1];
        _captures.RemoveAt(_captures.Count - 1);
        return captured;
    }

    /// <summary>Adds a problem: kept while its file and the whole list keep fewer than their limits of its severity, else only counted.</summary>
    /// <param name="diagnostic">The problem; its <see cref="Diagnostic.File"/> names the file it counts against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (_captures is { Count: > 0 })
        {
            _captures[^1].Add(diagnostic);
            return;
        }

        var severity = (int)diagnostic.Severity;
        var key = diagnostic.File ?? string.Empty;
        if (!_files.TryGetValue(key, out var file))
        {
            file = new FileCounts();
            _files.Add(key, file);
        }

        if (file.Kept[severity] < maxKept && _keptBySeverity[severity] < maxKept * FilesKeptInFull)
        {
            file.Kept[severity]++;
            _keptBySeverity[severity]++;
            _kept.Add(diagnostic);
            return;
        }

        if (file.FirstOmitted is null)
        {
            file.FirstOmitted = diagnostic;
            _filesWithOmissions.Add(file);
        }

        file.Omitted[severity]++;
        _omittedErrors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
    }

    /// <summary>Adds every problem of <paramref name="diagnostics"/>, in order.</summary>
    /// <param name="diagnostics">The problems.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> or one of its problems is null.</exception>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>The kept problems, then one problem per file that had problems left out, counting them, located at the first left out.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        var list = new List<Diagnostic>(_kept.Count + _filesWithOmissions.Count);
        list.AddRange(_kept);
        foreach (var file in _filesWithOmissions)
        {
            list.Add(Summary(file));
        }

        return list;
    }

    /// <summary>Gets the kept problems, in the order added.</summary>
    public IEnumerator<Diagnostic> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Diagnostic Summary(FileCounts file)
    {
        var first = file.FirstOmitted!;
        var errors = file.Omitted[(int)DiagnosticSeverity.Error];
        var warnings = file.Omitted[(int)DiagnosticSeverity.Warning];
        var counted = (errors, warnings) switch
        {
            (> 0, > 0) => $"{More(errors, "error")} and {More(warnings, "warning")}",
            (> 0, _) => More(errors, "error"),
            _ => More(warnings, "warning"),
        };
        return new Diagnostic(errors > 0 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, _summaryCode,
            $"… and {counted}, not listed (at most {maxKept:N0} of each per file and {maxKept * FilesKeptInFull:N0} in all are kept); the first of them is here ({first.Code}). Fix the problems listed and check again.")
        {
            File = first.File,
            Line = first.Line,
            Column = first.Column,
            JsonPath = first.JsonPath,
            WorkflowName = first.WorkflowName,
            RuleName = first.RuleName,
        };
    }

    private static string More(int count, string noun) => $"{count:N0} more {noun}{(count == 1 ? "" : "s")}";

    /// <summary>What one file's problems kept and left out.</summary>
    private sealed class FileCounts
    {
        public int[] Kept { get; } = new int[2];

        public int[] Omitted { get; } = new int[2];

        public Diagnostic? FirstOmitted { get; set; }
    }
}
