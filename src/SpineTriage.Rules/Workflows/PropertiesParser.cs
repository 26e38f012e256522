using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace SpineTriage.Rules.Workflows;

/// <summary>
/// Turns the <c>Properties</c> objects of rule files into <see cref="JsonElement"/>s on a thread of its own, in the order
/// they were read, while the loader reads on and compiles. Why: the first <see cref="JsonDocument"/> of a process pays
/// System.Text.Json's start-up (tens of milliseconds), and nothing reads Properties before the compiled workflows are
/// built. The text was already checked as JSON by the reader, so parsing it cannot fail for bad content.
/// </summary>
internal sealed class PropertiesParser : IDisposable
{
    private readonly Queue<Request> _pending = new();
    private Thread? _worker;
    private bool _completed;
    private bool _working;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Parses the object at <paramref name="start"/> and hands the element to <paramref name="assign"/>, later and on another thread.</summary>
    public void Add(byte[] utf8, int start, int length, int maxDepth, Action<JsonElement> assign)
    {
        lock (_pending)
        {
            _pending.Enqueue(new Request(utf8, start, length, maxDepth, assign));
            Monitor.Pulse(_pending);
            if (_worker is null)
            {
                _worker = new Thread(Work) { IsBackground = true, Name = "SpineTriage rule Properties" };
                _worker.UnsafeStart();
            }
        }
    }

    /// <summary>Waits until every object added so far has been assigned (no more may be added after).</summary>
    /// <remarks>Waits for the work, not for the thread to end (ending a thread can take milliseconds on a busy machine).</remarks>
    public void Finish()
    {
        lock (_pending)
        {
            _completed = true;
            Monitor.PulseAll(_pending);
            while (_pending.Count > 0 || _working)
            {
                Monitor.Wait(_pending);
            }
        }

        _failure?.Throw();
    }

    public void Dispose() => Complete();

    /// <summary>Parses an object now, on this thread.</summary>
    public static JsonElement Parse(byte[] utf8, int start, int length, int maxDepth)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = maxDepth + 1 };
        using var document = JsonDocument.Parse(utf8.AsMemory(start, length), options);
        return document.RootElement.Clone();
    }

    private void Complete()
    {
        lock (_pending)
        {
            _completed = true;
            Monitor.PulseAll(_pending);
        }
    }

    private void Work()
    {
        while (Next() is { } request)
        {
            try
            {
                request.Assign(Parse(request.Utf8, request.Start, request.Length, request.MaxDepth));
            }
            catch (Exception exception)
            {
                lock (_pending)
                {
                    _failure = ExceptionDispatchInfo.Capture(exception);
                    _pending.Clear();
                    _completed = true;
                }
            }
        }
    }

    /// <summary>The next request, or null when there is none and no more will come; tells a waiting <see cref="Finish"/> when the last is done.</summary>
    private Request? Next()
    {
        lock (_pending)
        {
            _working = false;
            Monitor.PulseAll(_pending);
            while (_pending.Count == 0 && !_completed)
            {
                Monitor.Wait(_pending);
            }

            _working = _pending.Count > 0;
            return _working ? _pending.Dequeue() : null;
        }
    }

    private sealed record Request(byte[] Utf8, int Start, int Length, int MaxDepth, Action<JsonElement> Assign);
}
