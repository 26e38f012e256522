using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SpineTriage.Configuration;
using SpineTriage.Hosting;
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

    /// <summary>
    /// Registers <see cref="ITriageEngine"/> (a singleton) with <see cref="TriageOptions"/> bound from configuration, such
    /// as the <c>SpineTriage</c> section of <c>appsettings.json</c>: <c>RulesDirectory</c>, <c>Thresholds</c> (name to
    /// number), <c>WatchForChanges</c>, <c>RequiredAssessments</c> (added to the default three), <c>ReloadTimeout</c>
    /// (<c>hh:mm:ss</c>), <c>SearchWholeMissingLists</c> and <c>CompileRulesOnLoad</c>. A key that names no option, or a value of the wrong type, fails start-up with its configuration
    /// path; the options are then validated as for the other overloads.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind, such as <c>configuration.GetSection("SpineTriage")</c>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddSpineTriage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TriageOptions>().Bind(configuration, static binder => binder.ErrorOnUnknownConfiguration = true);
        return services.AddSpineTriage(static _ => { });
    }

    private static ITriageEngine CreateEngine(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<TriageOptions>>().Value;
        var logger = provider.GetService<ILoggerFactory>()?.CreateLogger("SpineTriage.Rules") ?? NullLogger.Instance;
        var source = options.RulesDirectory ?? "the embedded default pack";
        try
        {
            ITriageEngine engine = options.WatchForChanges ? new ReloadingTriageEngine(options, logger, watch: true) : TriageEngine.Create(options, TriageLog.TierUpFailure(logger));
            TriageLog.Loaded(logger, source, engine.RuleSetHash);
            return engine;
        }
        catch (Exception exception) when (LogLoadFailed(logger, source, exception))
        {
            throw;
        }
    }

    private static bool LogLoadFailed(ILogger logger, string source, Exception exception)
    {
        TriageLog.LoadFailed(logger, source, exception.Message);
        return false;
    }
}
