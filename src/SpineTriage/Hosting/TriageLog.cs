using Microsoft.Extensions.Logging;

namespace SpineTriage.Hosting;

/// <summary>
/// The log messages of a host's engine (category <c>SpineTriage.Rules</c>). Event ids 1 and 2 are the hot reload's
/// (ReloadingTriageEngine); README "Metrics and traces" lists them all.
/// </summary>
internal static partial class TriageLog
{
    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "SpineTriage rules loaded from {Source}: rule set {Hash}")]
    public static partial void Loaded(ILogger logger, string source, string hash);

    [LoggerMessage(EventId = 4, Level = LogLevel.Critical, Message = "SpineTriage rules could not be loaded from {Source}; no rule set is in force: {Problem}")]
    public static partial void LoadFailed(ILogger logger, string source, string problem);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "SpineTriage workflow {Workflow} could not be compiled to its fast tier and keeps running interpreted (same results, slower): {Problem}")]
    public static partial void TierUpFailed(ILogger logger, string workflow, string problem, Exception exception);

    /// <summary>The callback that logs a failed tier-up (event 5) to <paramref name="logger"/> (<see cref="Rules.RuleSetOptions.TierUpFailed"/>).</summary>
    public static Action<string, Exception> TierUpFailure(ILogger logger) =>
        (workflow, exception) => TierUpFailed(logger, workflow, exception.Message, exception);
}
