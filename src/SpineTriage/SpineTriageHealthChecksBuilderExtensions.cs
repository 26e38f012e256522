using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpineTriage.Hosting;

namespace SpineTriage;

/// <summary>Adds SpineTriage's health check to a host's health checks.</summary>
public static class SpineTriageHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check of the rule set in force (register the engine with <c>AddSpineTriage</c>): Unhealthy when no rule set
    /// could be loaded, Degraded when the last hot reload was refused (the previous rules still answer; the result's data
    /// lists the errors), Healthy otherwise. The result's data carries <c>ruleSetHash</c>; no patient data is read.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">The status when no rule set is loaded.</param>
    /// <param name="tags">Tags to filter checks by, such as <c>ready</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="name"/> is null.</exception>
    public static IHealthChecksBuilder AddSpineTriage(this IHealthChecksBuilder builder, string name = "spinetriage", HealthStatus failureStatus = HealthStatus.Unhealthy, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        return builder.Add(new HealthCheckRegistration(name, static services => new SpineTriageHealthCheck(services), failureStatus, tags));
    }
}
