using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>Serves JSON Web Key Sets at <c>https://keys.test/NAME.json</c>, from a table by NAME a test can change (key rotation), counting fetches per path.</summary>
internal sealed class FakeKeySetServer : HttpMessageHandler
{
    public ConcurrentDictionary<string, string> Sets { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Fetches { get; } = new(StringComparer.Ordinal);

    public static Uri UrlOf(string name) => new($"https://keys.test/{name}.json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath.Trim('/');
        Fetches.AddOrUpdate(path, 1, (_, n) => n + 1);
        return Task.FromResult(request.RequestUri.Host == "keys.test" && path.EndsWith(".json", StringComparison.Ordinal) && Sets.TryGetValue(path[..^".json".Length], out var set)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(set, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}

/// <summary>The real clock moved on by what a test says: lets a test pass the key-set refresh interval without waiting.</summary>
internal sealed class ShiftedTime : TimeProvider
{
    private long shiftTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref shiftTicks));
}

/// <summary>Keeps every log message the host writes, at every level, so a test can look for patient data in them.</summary>
internal sealed class CapturedLogs : Microsoft.Extensions.Logging.ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> messages) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
