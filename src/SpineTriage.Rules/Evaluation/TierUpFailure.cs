namespace SpineTriage.Rules.Evaluation;

/// <summary>Tells the host (<see cref="RuleSetOptions.TierUpFailed"/>) that a workflow stays on its first tier.</summary>
internal static class TierUpFailure
{
    /// <summary>Calls <paramref name="report"/> with <paramref name="exception"/>; a callback that throws cannot take down the thread-pool thread that compiles.</summary>
    public static void Report(Action<Exception>? report, Exception exception)
    {
        if (report is null)
        {
            return;
        }

        try
        {
            report(exception);
        }
        catch (Exception)
        {
            // The host's callback failed; the first tier keeps serving and there is nobody else to tell.
        }
    }
}
