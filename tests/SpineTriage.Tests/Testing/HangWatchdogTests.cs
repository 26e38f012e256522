using SpineTriage.TestSupport;

namespace SpineTriage.Tests.Testing;

/// <summary>The hang timeout every test assembly runs under (tests/Watchdog): when it calls a test overdue.</summary>
public sealed class HangWatchdogTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_test_past_the_limit_is_named_with_how_long_it_ran()
    {
        var running = new[] { Running("A.Quick", 2), Running("B.Stuck", 301), Running("C.Slow", 200) };

        Assert.Equal("B.Stuck has run for 301 s", HangWatchdog.Overdue(running, TimeSpan.FromSeconds(1), Limit));
    }

    [Fact]
    public void Tests_within_the_limit_with_recent_activity_are_not_overdue()
    {
        Assert.Null(HangWatchdog.Overdue([Running("A.Long", 299)], TimeSpan.FromSeconds(299), Limit));
        Assert.Null(HangWatchdog.Overdue([], TimeSpan.Zero, Limit));
    }

    [Fact]
    public void A_silence_past_the_limit_is_overdue_even_with_no_test_reporting_itself()
    {
        var overdue = HangWatchdog.Overdue([], TimeSpan.FromSeconds(400), Limit);

        Assert.NotNull(overdue);
        Assert.StartsWith("no test has started or finished for 400 s", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public void This_test_is_watched_while_it_runs()
    {
        var running = HangWatchdog.Running();

        Assert.Contains(typeof(HangWatchdogTests).FullName + "." + nameof(This_test_is_watched_while_it_runs), running);
    }

    [Fact]
    public void The_limit_is_five_minutes_unless_the_variable_sets_it()
    {
        var set = Environment.GetEnvironmentVariable(HangWatchdog.TimeoutVariable);
        var expected = int.TryParse(set, out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(5);

        Assert.Equal(expected, HangWatchdog.Timeout);
    }

    private static KeyValuePair<string, TimeSpan> Running(string name, int seconds) => KeyValuePair.Create(name, TimeSpan.FromSeconds(seconds));
}
