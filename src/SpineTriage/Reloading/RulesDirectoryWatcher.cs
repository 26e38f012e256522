using SpineTriage.Rules;

namespace SpineTriage.Reloading;

/// <summary>
/// Calls back when rule files change: file-system events, debounced so a burst of writes is one reload, plus polling of the
/// files' names, sizes and write times as a fallback where events are lost or unsupported. The callback never overlaps
/// itself, nothing it throws (out-of-memory included) escapes a timer thread, and <see cref="Dispose"/> never waits for it.
/// </summary>
internal sealed class RulesDirectoryWatcher : IDisposable
{
    private readonly string _directory;
    private readonly Action _changed;
    private readonly TimeSpan _debounce;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounceTimer;
    private readonly Timer _pollTimer;
    private readonly object _gate = new();
    private string _stamp;
    private volatile bool _disposed;
    private int _running;
    private int _changedAgain;

    public RulesDirectoryWatcher(string directory, Action changed, TimeSpan debounce, TimeSpan pollInterval)
    {
        _directory = directory;
        _changed = changed;
        _debounce = debounce;
        _stamp = Stamp();
        _debounceTimer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
        _pollTimer = new Timer(_ => Poll(), null, pollInterval, pollInterval);
        _watcher = TryWatch(directory);
    }

    public void Dispose()
    {
        // The gate is held only to change timers, never while the callback runs, so this returns at once.
        lock (_gate)
        {
            _disposed = true;
        }

        _watcher?.Dispose();
        _debounceTimer.Dispose();
        _pollTimer.Dispose();
    }

    private FileSystemWatcher? TryWatch(string directory)
    {
        try
        {
            var watcher = new FileSystemWatcher(directory, "*.json")
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watcher.Error += (_, _) => Schedule();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            return null; // Polling alone.
        }
    }

    private void Schedule()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _debounceTimer.Change(_debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void Poll()
    {
        if (!string.Equals(Stamp(), Volatile.Read(ref _stamp), StringComparison.Ordinal))
        {
            Schedule();
        }
    }

    private void Fire()
    {
        if (_disposed)
        {
            return;
        }

        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            Volatile.Write(ref _changedAgain, 1); // The running callback goes round once more.
            return;
        }

        try
        {
            do
            {
                Volatile.Write(ref _changedAgain, 0);
                Volatile.Write(ref _stamp, Stamp());
                try
                {
                    _changed();
                }
#pragma warning disable CA1031 // Nothing may escape a timer thread: the reload reports its own failures, and the host must live on.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
            while (!_disposed && Volatile.Read(ref _changedAgain) == 1);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Names, sizes and write times of the rule files: changes when any file is edited, added or removed.</summary>
    private string Stamp()
    {
        try
        {
            return string.Join("|", RuleSource.FilesIn(_directory)
                .Select(f => new FileInfo(f))
                .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
