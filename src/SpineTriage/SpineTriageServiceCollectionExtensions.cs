using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpineTriage.Configuration;

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
        services.TryAddSingleton<ITriageEngine>(static provider => TriageEngine.Create(provider.GetRequiredService<IOptions<TriageOptions>>().Value));
        return services;
    }
}
