using System.Runtime.ExceptionServices;

namespace SpineTriage.Hostile;

/// <summary>Runs work on a background thread and fails the test when it does not finish in time, so a hang is a failure, not a stuck run.</summary>
internal static class BoundedRun
{
    public static T Within<T>(TimeSpan limit, string what, Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        })
        { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(limit), $"{what} did not finish within {limit}.");
        failure?.Throw();
        return result;
    }
}
