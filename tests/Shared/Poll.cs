namespace SpineTriage.TestSupport;

/// <summary>
/// Waits for another thread's work by checking a condition every few milliseconds. <see cref="SpinWait.SpinUntil(Func{bool}, TimeSpan)"/>
/// checks it in a loop that only yields, so on two cores it keeps one busy and slows the very thread it waits for (a
/// file watcher, a background compile) and the tests running beside it.
/// </summary>
internal static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    /// <summary>Returns true as soon as <paramref name="condition"/> holds, false when it still does not after <paramref name="limit"/>.</summary>
    public static bool Until(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            Thread.Sleep(Interval);
        }

        return true;
    }
}
