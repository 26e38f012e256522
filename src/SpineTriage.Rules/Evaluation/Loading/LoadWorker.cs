using System.Runtime.ExceptionServices;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>
/// One other thread for the work a load can do beside reading and binding (parsing Properties, making the SHA-256
/// object), run in the order posted. One thread, started on the first post: starting a thread waits until it runs,
/// which costs milliseconds on a busy machine. The first failure is thrown by the next <see cref="WaitIdle"/>.
/// Inline, the work runs at once on the posting thread (no thread), with the same failure handling.
/// </summary>
/// <param name="inline">Whether the work runs on the posting thread.</param>
internal sealed class LoadWorker(bool inline = false) : IDisposable
{
    private static int s_threadsStarted;
    private readonly Queue<Action> _pending = new();
    private Thread? _thread;
    private bool _disposed;
    private bool _working;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Gets the number of worker threads started in this process.</summary>
    public static int ThreadsStarted => Volatile.Read(ref s_threadsStarted);

    public void Post(Action work)
    {
        if (inline)
        {
            Run(work);
            return;
        }

        lock (_pending)
        {
            _pending.Enqueue(work);
            Monitor.PulseAll(_pending);
            if (_thread is null)
            {
                Interlocked.Increment(ref s_threadsStarted);
                _thread = new Thread(Work) { IsBackground = true, Name = "SpineTriage rule-set load" };
                _thread.UnsafeStart();
            }
        }
    }

    /// <summary>Waits until everything posted so far has run (not for the thread to end, which can take milliseconds), then throws the first failure.</summary>
    public void WaitIdle()
    {
        Drain();
        _failure?.Throw();
    }

    /// <summary>Waits until everything posted so far has run, failed or not (for disposing what the work made).</summary>
    public void Drain()
    {
        lock (_pending)
        {
            while (_pending.Count > 0 || _working)
            {
                Monitor.Wait(_pending);
            }
        }
    }

    /// <summary>Lets the thread end once the posted work has run.</summary>
    public void Dispose()
    {
        lock (_pending)
        {
            _disposed = true;
            Monitor.PulseAll(_pending);
        }
    }

    private void Work()
    {
        while (Next() is { } work)
        {
            Run(work);
        }
    }

    private void Run(Action work)
    {
        try
        {
            work();
        }
        catch (Exception exception)
        {
            _failure ??= ExceptionDispatchInfo.Capture(exception);
        }
    }

    /// <summary>The next work, or null when there is none and none will come; tells a waiting <see cref="WaitIdle"/> when the queue runs dry.</summary>
    private Action? Next()
    {
        lock (_pending)
        {
            _working = false;
            Monitor.PulseAll(_pending);
            while (_pending.Count == 0 && !_disposed)
            {
                Monitor.Wait(_pending);
            }

            _working = _pending.Count > 0;
            return _working ? _pending.Dequeue() : null;
        }
    }
}
