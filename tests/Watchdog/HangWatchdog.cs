using System.Collections.Concurrent;
using System.Diagnostics;

namespace SpineTriage.TestSupport;

/// <summary>
/// The hang timeout of every test assembly, inside the test host: a test that runs longer than the limit (or a run in
/// which no test starts or finishes for that long, for tests that do not report themselves) writes a dump of the test
/// host and stops it with the name of the test, so <c>dotnet test</c> fails instead of eating CI's 90 minutes.
/// </summary>
/// <remarks>
/// This replaces VSTest's <c>--blame-hang-timeout</c> in the plain <c>dotnet test</c>: the blame collector is a process
/// beside each test host that is told of every test's start and end, and cost the suite about 10 s of its 50-60 s on two
/// cores (issue 11: wall time after build, interleaved runs with and without <c>VSTestBlameHang</c>). The option still
/// works when given on the command line.
/// </remarks>
internal static class HangWatchdog
{
    /// <summary>The limit in seconds; 300 when unset.</summary>
    public const string TimeoutVariable = "SPINETRIAGE_HANG_TIMEOUT_SECONDS";

    /// <summary>The directory dumps are written to; the test host's directory's <c>hang-dumps</c> when unset.</summary>
    public const string DumpDirectoryVariable = "SPINETRIAGE_HANG_DUMPS";

    private static readonly ConcurrentDictionary<string, long> s_running = new(StringComparer.Ordinal);
    private static readonly Lazy<Thread> s_thread = new(StartThread);
    private static long s_lastActivity = Stopwatch.GetTimestamp();

    /// <summary>Gets the limit: <see cref="TimeoutVariable"/> when it is a positive number, else five minutes.</summary>
    public static TimeSpan Timeout =>
        int.TryParse(Environment.GetEnvironmentVariable(TimeoutVariable), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromMinutes(5);

    /// <summary>Notes that <paramref name="test"/> started, and starts watching on the first call.</summary>
    public static void Started(string test)
    {
        _ = s_thread.Value;
        var now = Stopwatch.GetTimestamp();
        s_running[test] = now;
        Volatile.Write(ref s_lastActivity, now);
    }

    /// <summary>Notes that <paramref name="test"/> finished.</summary>
    public static void Finished(string test)
    {
        s_running.TryRemove(test, out _);
        Volatile.Write(ref s_lastActivity, Stopwatch.GetTimestamp());
    }

    /// <summary>Gets the names of the tests running now.</summary>
    public static IReadOnlyCollection<string> Running() => s_running.Keys.ToArray();

    /// <summary>
    /// What is overdue: the longest-running test past <paramref name="limit"/>, or, when no test
    /// started or finished for that long, a description of the silence; <see langword="null"/> when nothing is.
    /// </summary>
    public static string? Overdue(IEnumerable<KeyValuePair<string, TimeSpan>> running, TimeSpan sinceLastActivity, TimeSpan limit)
    {
        var longest = running.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault();
        if (longest.Key is not null && longest.Value > limit)
        {
            return $"{longest.Key} has run for {longest.Value.TotalSeconds:F0} s";
        }

        return sinceLastActivity > limit
            ? $"no test has started or finished for {sinceLastActivity.TotalSeconds:F0} s (a test that does not report itself, such as a property, may be hanging)"
            : null;
    }

    private static Thread StartThread()
    {
        var thread = new Thread(Watch) { IsBackground = true, Name = "Hang watchdog" };
        thread.Start();
        return thread;
    }

    /// <summary>A thread of its own, not a timer: a hang that starves the thread pool must not starve the watchdog too.</summary>
    private static void Watch()
    {
        var limit = Timeout;
        while (true)
        {
            Thread.Sleep(TimeSpan.FromSeconds(Math.Min(5, Math.Max(1, limit.TotalSeconds / 4))));
            var now = Stopwatch.GetTimestamp();
            var running = s_running.Select(t => KeyValuePair.Create(t.Key, Stopwatch.GetElapsedTime(t.Value, now)));
            if (Overdue(running, Stopwatch.GetElapsedTime(Volatile.Read(ref s_lastActivity), now), limit) is { } overdue)
            {
                Stop(overdue, limit);
            }
        }
    }

    private static void Stop(string overdue, TimeSpan limit)
    {
        var message = $"HANG: {overdue}, over the limit of {limit.TotalSeconds:F0} s ({TimeoutVariable}); {WriteDump()}. Stopping the test host.";
        Console.Error.WriteLine(message);
        Console.Out.WriteLine(message);
        Environment.FailFast(message);
    }

    /// <summary>Writes a dump of this process with the runtime's own <c>createdump</c>; says where, or why not.</summary>
    private static string WriteDump()
    {
        try
        {
            var tool = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, OperatingSystem.IsWindows() ? "createdump.exe" : "createdump");
            if (!File.Exists(tool))
            {
                return $"no dump ({tool} is missing)";
            }

            var directory = Environment.GetEnvironmentVariable(DumpDirectoryVariable) is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "hang-dumps");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"hang-{Environment.ProcessId}.dmp");
            using var process = Process.Start(new ProcessStartInfo(tool) { ArgumentList = { "--normal", "-f", path, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit(TimeSpan.FromMinutes(2));
            return File.Exists(path) ? $"dump written to {path}" : $"no dump ({tool} exited {process.ExitCode})";
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"no dump ({error.Message})";
        }
    }
}
