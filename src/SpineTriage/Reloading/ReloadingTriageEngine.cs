using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SpineTriage.Cases;
using SpineTriage.Configuration;
using SpineTriage.Reports;
using SpineTriage.Rules;
using SpineTriage.Telemetry;

namespace SpineTriage.Reloading;

/// <summary>
/// An <see cref="ITriageEngine"/> over a rules directory that can change: every evaluation reads one immutable
/// <see cref="TriageEngine"/> snapshot through a volatile reference, and a reload swaps in a new snapshot only when the edited
/// rules compile. An invalid edit keeps the last good snapshot and is reported. Versions already compiled are reused.
/// A reload runs on its own thread and is given <see cref="TriageOptions.ReloadTimeout"/>: one that takes longer is reported
/// as failed (the rules in force stay), and until it ends, later reloads fail at once rather than pile up threads.
/// </summary>
internal sealed partial class ReloadingTriageEngine : ITriageEngine, ITriageRuleSetMonitor, IDisposable
{
    private const int VersionsKept = 8;

    private readonly TriageOptions _options;
    private readonly ILogger _logger;
    private readonly object _reloadGate = new();
    private readonly ConcurrentDictionary<string, Attempt> _attempts = new(StringComparer.Ordinal);
    private readonly Func<string?, IReadOnlyList<RuleSource>> _readSources;
    private readonly RulesDirectoryWatcher? _watcher;
    private volatile State _state;
    private Task? _overdue;

    /// <summary>Loads the rules (throwing as <see cref="TriageEngine.Create(TriageOptions)"/> does) and, when asked, watches the directory.</summary>
    /// <param name="options">The options.</param>
    /// <param name="logger">Where reloads are logged.</param>
    /// <param name="watch">Whether to watch the directory.</param>
    /// <param name="debounce">How long a burst of file events is waited out.</param>
    /// <param name="pollInterval">How often the files are compared, where events are lost.</param>
    /// <param name="readSources">How a reload reads the rules directory (tests make it slow); the files, by default.</param>
    public ReloadingTriageEngine(TriageOptions options, ILogger? logger, bool watch, TimeSpan? debounce = null, TimeSpan? pollInterval = null, Func<string?, IReadOnlyList<RuleSource>>? readSources = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _readSources = readSources ?? RulePackSources.Read;
        var problems = TriageOptionsValidator.Problems(options, out var sources);
        if (problems.Count > 0)
        {
            throw TriageConfigurationException.Of(problems);
        }

        var engine = TriageEngine.Create(options, sources!, Hosting.TriageLog.TierUpFailure(_logger));
        _attempts[Fingerprint(sources!)] = new Attempt(engine, []);
        _state = new State(engine, [], null, null);
        if (watch)
        {
            _watcher = new RulesDirectoryWatcher(options.RulesDirectory!, () => ReloadNow(), debounce ?? TimeSpan.FromMilliseconds(250), pollInterval ?? TimeSpan.FromSeconds(2));
        }
    }

    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    public event EventHandler<RuleSetReloadFailedEventArgs>? ReloadFailed;

    public string RuleSetHash => _state.Engine.RuleSetHash;

    public string CurrentHash => _state.Engine.RuleSetHash;

    public IReadOnlyList<Diagnostic> LastErrors => _state.Errors;

    public DateTimeOffset? LastReloadFailedAt => _state.FailedAt;

    public DateTimeOffset? LastReloadedAt => _state.ReloadedAt;

    /// <summary>Gets the snapshot in force (tests read it to see which engine serves after a reload).</summary>
    internal TriageEngine Current => _state.Engine;

    public TriageReport Evaluate(PatientCase patientCase) => _state.Engine.Evaluate(patientCase);

    public TriageVerdicts EvaluateVerdicts(PatientCase patientCase) => _state.Engine.EvaluateVerdicts(patientCase);

    public TriageReport Evaluate(string caseJson) => _state.Engine.Evaluate(caseJson);

    /// <summary>Reads the directory and puts its rules in force when they compile; otherwise keeps the current ones and reports why.</summary>
    /// <returns><see langword="true"/> when the rules on disk are now in force.</returns>
    internal bool ReloadNow()
    {
        EventArgs outcome;
        lock (_reloadGate)
        {
            var previous = _state;
            using var activity = TriageTelemetry.StartLoad(reload: true);
            var attempt = ReadAndCompileWithinTimeout();
            TriageTelemetry.LoadEnded(activity, reload: true, attempt.Engine?.RuleSetHash, errorCount: attempt.Errors.Count);
            var now = DateTimeOffset.UtcNow;
            if (attempt.Engine is { } engine)
            {
                var changed = !string.Equals(engine.RuleSetHash, previous.Engine.RuleSetHash, StringComparison.Ordinal);
                if (changed)
                {
                    LogReloaded(_logger, previous.Engine.RuleSetHash, engine.RuleSetHash);
                }

                _state = new State(engine, [], null, changed ? now : previous.ReloadedAt);
                if (!changed)
                {
                    return true;
                }

                outcome = new RuleSetReloadedEventArgs(previous.Engine.RuleSetHash, engine.RuleSetHash);
            }
            else
            {
                LogRefused(_logger, attempt.Errors.Count, previous.Engine.RuleSetHash, string.Join(Environment.NewLine, attempt.Errors));
                _state = previous with { Errors = attempt.Errors, FailedAt = now };
                outcome = new RuleSetReloadFailedEventArgs(previous.Engine.RuleSetHash, attempt.Errors);
            }
        }

        if (outcome is RuleSetReloadedEventArgs reloaded)
        {
            Reloaded?.Invoke(this, reloaded);
            return true;
        }

        ReloadFailed?.Invoke(this, (RuleSetReloadFailedEventArgs)outcome);
        return false;
    }

    /// <summary>Stops watching; never waits for a reload under way.</summary>
    public void Dispose() => _watcher?.Dispose();

    /// <summary>Runs <see cref="ReadAndCompile"/> on its own thread and gives up on it after <see cref="TriageOptions.ReloadTimeout"/>.</summary>
    private Attempt ReadAndCompileWithinTimeout()
    {
        var timeout = _options.ReloadTimeout;
        if (_overdue is { IsCompleted: false })
        {
            return new Attempt(null, [Error(Assessments.TriageProblemCodes.ReloadTimedOut, $"An earlier reload of the rules directory has not finished after more than {timeout.TotalSeconds:0.###} s (TriageOptions.ReloadTimeout); the previous rules stay in force. Look for a file that cannot be read quickly (a network share, a device).")]);
        }

        var reload = Task.Factory.StartNew(ReadAndCompile, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (reload.Wait(timeout))
            {
                return reload.Result;
            }
        }
        catch (AggregateException exception)
        {
            return new Attempt(null, [Error(Assessments.TriageProblemCodes.ReloadConfiguration, $"The rules could not be loaded: {exception.InnerException?.Message ?? exception.Message}")]);
        }

        _overdue = reload;
        return new Attempt(null, [Error(Assessments.TriageProblemCodes.ReloadTimedOut, $"Reloading the rules directory did not finish within {timeout.TotalSeconds:0.###} s (TriageOptions.ReloadTimeout); the previous rules stay in force. Look for a file that cannot be read quickly (a network share, a device).")]);
    }

    /// <summary>Compiles what is on disk, or reuses the result for text already seen. Never throws, out-of-memory included.</summary>
    private Attempt ReadAndCompile()
    {
        try
        {
            IReadOnlyList<RuleSource> sources;
            try
            {
                sources = _readSources(_options.RulesDirectory);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new Attempt(null, [Error(Assessments.TriageProblemCodes.ReloadUnreadable, $"The rules directory could not be read ({exception.Message}); the previous rules stay in force until it can.")]);
            }

            var key = Fingerprint(sources);
            if (_attempts.TryGetValue(key, out var known))
            {
                return known;
            }

            var attempt = Compile(sources);
            if (_attempts.Count >= VersionsKept)
            {
                _attempts.Clear();
            }

            _attempts[key] = attempt;
            return attempt;
        }
        catch (OutOfMemoryException)
        {
            // What the failed load allocated is garbage now: the rules in force stay, and the host lives on.
            return new Attempt(null, [Error(Assessments.TriageProblemCodes.ReloadConfiguration, "The edited rules could not be loaded: the process ran out of memory; the previous rules stay in force. Look for a rule file that injects workflows many times or is very large.")]);
        }
    }

    private Attempt Compile(IReadOnlyList<RuleSource> sources)
    {
        var problems = TriageOptionsValidator.ThresholdProblems(_options, sources);
        if (problems.Count > 0)
        {
            return new Attempt(null, [.. problems.Select(p => Error(Assessments.TriageProblemCodes.ReloadConfiguration, p))]);
        }

        try
        {
            return new Attempt(TriageEngine.Create(_options, sources, Hosting.TriageLog.TierUpFailure(_logger)), []);
        }
        catch (RuleLoadException exception)
        {
            return new Attempt(null, [.. exception.Problems.Where(d => d.Severity == DiagnosticSeverity.Error)]);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new Attempt(null, [Error(Assessments.TriageProblemCodes.ReloadConfiguration, $"The rules could not be loaded: {exception.Message}")]);
        }
    }

    private Diagnostic Error(string code, string message) => new(DiagnosticSeverity.Error, code, message) { File = _options.RulesDirectory, JsonPath = "$" };

    /// <summary>The identity of the text to compile: file names and contents in order, and the threshold overrides.</summary>
    private string Fingerprint(IReadOnlyList<RuleSource> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{source.Name}\0{source.Json.Length}\0{source.Json}\0{source.ReadProblem}\0{source.UnreadBytes}\0"));
        }

        foreach (var (name, value) in _options.Thresholds.OrderBy(t => t.Key, StringComparer.OrdinalIgnoreCase))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}={value:R}\0"));
        }

        foreach (var name in _options.RequiredAssessments.Order(StringComparer.OrdinalIgnoreCase))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"required:{name}\0"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SpineTriage rules reloaded: {PreviousHash} -> {CurrentHash}")]
    private static partial void LogReloaded(ILogger logger, string previousHash, string currentHash);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "SpineTriage rules edit refused with {Count} error(s); {KeptHash} stays in force:\n{Errors}")]
    private static partial void LogRefused(ILogger logger, int count, string keptHash, string errors);

    /// <summary>What answers now, and the outcome of the last reload; replaced whole, never mutated.</summary>
    private sealed record State(TriageEngine Engine, IReadOnlyList<Diagnostic> Errors, DateTimeOffset? FailedAt, DateTimeOffset? ReloadedAt);

    /// <summary>A compiled version of the rules, or why it failed.</summary>
    private sealed record Attempt(TriageEngine? Engine, IReadOnlyList<Diagnostic> Errors);
}
