using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using SpineTriage.Configuration;
using SpineTriage.Reloading;

namespace SpineTriage;

/// <summary>Registers SpineTriage with a host's service collection.</summary>
public static class SpineTriageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ITriageEngine"/> (a singleton) with the embedded default rule pack.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddSpineTriage(this IServiceCollection services) => services.AddSpineTriage(static _ => { });

    /// <summary>
    /// Registers <see cref="ITriageEngine"/> (a singleton) configured by <paramref name="configure"/>; the options are
    /// validated on start (every problem in one message). Calling it again adds configuration, never a second engine.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets <see cref="TriageOptions.RulesDirectory"/> and <see cref="TriageOptions.Thresholds"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddSpineTriage(this IServiceCollection services, Action<TriageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TriageOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TriageOptions>, TriageOptionsValidator>());
        services.TryAddSingleton<ITriageEngine>(static provider => CreateEngine(provider));
        services.TryAddSingleton<ITriageRuleSetMonitor>(static provider =>
            provider.GetRequiredService<ITriageEngine>() is var engine && engine is ITriageRuleSetMonitor monitor ? monitor : new FixedRuleSetMonitor(engine.RuleSetHash));
        return services;
    }

    private static ITriageEngine CreateEngine(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<TriageOptions>>().Value;
        return options.WatchForChanges
            ? new ReloadingTriageEngine(options, provider.GetService<ILoggerFactory>()?.CreateLogger("SpineTriage.Rules"), watch: true)
            : TriageEngine.Create(options);
    }
}
