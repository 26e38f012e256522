using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpineTriage.Hosting;

/// <summary>
/// Reports whether a rule set answers: Unhealthy when none could be loaded (the engine cannot be created), Degraded when
/// the last reload was refused (the previous rule set still answers; its errors are in the result), Healthy otherwise.
/// </summary>
internal sealed class SpineTriageHealthCheck(IServiceProvider services) : IHealthCheck
{
    /// <summary>The most reload errors listed in a result's data; the count is always given.</summary>
    internal const int MaxErrorsListed = 20;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ITriageEngine engine;
        try
        {
            engine = services.GetRequiredService<ITriageEngine>();
        }
#pragma warning disable CA1031 // Any failure to create the engine means no rule set answers: that is the Unhealthy state, not a crash of the probe.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"No rule set is loaded: {exception.Message}", exception));
        }

        var monitor = services.GetService<ITriageRuleSetMonitor>();
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["ruleSetHash"] = engine.RuleSetHash };
        if (monitor?.LastReloadedAt is { } reloadedAt)
        {
            data["lastReloadedAt"] = reloadedAt.ToString("O", CultureInfo.InvariantCulture);
        }

        if (monitor is { LastErrors.Count: > 0 } failed)
        {
            data["lastReloadFailedAt"] = failed.LastReloadFailedAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;
            data["errorCount"] = failed.LastErrors.Count;
            data["errors"] = failed.LastErrors.Take(MaxErrorsListed).Select(e => e.ToString()).ToArray();
            return Task.FromResult(HealthCheckResult.Degraded(
                $"The last reload was refused ({failed.LastErrors.Count} error(s)); rule set {engine.RuleSetHash} stays in force.", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"Rule set {engine.RuleSetHash} is in force.", data));
    }
}
