namespace SpineTriage.Reloading;

/// <summary>
/// Calls back when rule files change: file-system events, debounced so a burst of writes is one reload, plus polling of the
/// files' names, sizes and write times as a fallback where events are lost or unsupported. The callback never overlaps itself.
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
    private bool _disposed;

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
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            Volatile.Write(ref _stamp, Stamp());
            try
            {
                _changed();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The reload reports its own failures; nothing may escape a timer thread.
            }
        }
    }

    /// <summary>Names, sizes and write times of the rule files: changes when any file is edited, added or removed.</summary>
    private string Stamp()
    {
        try
        {
            return string.Join("|", Configuration.RulePackSources.RuleFiles(_directory)
                .Select(f => new FileInfo(f))
                .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
