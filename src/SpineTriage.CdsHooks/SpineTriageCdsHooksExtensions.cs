using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SpineTriage.CdsHooks;

/// <summary>Registers and maps the SpineTriage CDS Hooks service.</summary>
public static class SpineTriageCdsHooksExtensions
{
    /// <summary>The authentication scheme that verifies the EHR's JWTs.</summary>
    public const string AuthenticationScheme = "SpineTriage.CdsHooks";

    /// <summary>The name of the <see cref="HttpClient"/> that fetches the EHRs' JSON Web Key Sets (configure it with <c>AddHttpClient(name)</c>).</summary>
    public const string KeySetHttpClient = CdsClientKeyStore.HttpClientName;

    /// <summary>The name of the <see cref="HttpClient"/> that reads the EHR's FHIR server when a prefetch is absent (configure it with <c>AddHttpClient(name)</c>).</summary>
    public const string FhirHttpClient = FhirServerReader.HttpClientName;

    /// <summary>
    /// Registers the service's options, the JWT bearer scheme that verifies EHRs against their JSON Web Key Sets (inline or
    /// fetched and cached), replay protection by <c>jti</c>, the HTTP clients for key sets and FHIR reads, and the default
    /// feedback sink (a log; register your own <see cref="ICdsFeedbackSink"/> to keep feedback). The host also registers the
    /// engine (<c>AddSpineTriage</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the trusted clients, the audience and the limits.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSpineTriageCdsHooks(this IServiceCollection services, Action<CdsHooksOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.TryAddSingleton<ICdsFeedbackSink, LoggingCdsFeedbackSink>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CdsClientKeyStore>();
        services.TryAddSingleton<JtiReplayCache>();
        services.TryAddSingleton<FhirServerReader>();
        // The clients log nothing: a FHIR read's URL holds the patient's id.
        services.AddHttpClient(CdsClientKeyStore.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10)).RemoveAllLoggers();
        services.AddHttpClient(FhirServerReader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(20)).RemoveAllLoggers();
        services.AddAuthorization();
        services.AddAuthentication().AddJwtBearer(AuthenticationScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(AuthenticationScheme).Configure<IOptions<CdsHooksOptions>, CdsClientKeyStore, JtiReplayCache>(CdsTokenValidation.Configure);
        return services;
    }

    /// <summary>
    /// Maps <c>GET /cds-services</c> (discovery, open as the specification has it), <c>POST /cds-services/{id}</c> and
    /// <c>POST /cds-services/{id}/feedback</c> (a valid JWT from a trusted client, or loopback with the development switch).
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <returns>The route group of the service endpoints.</returns>
    public static RouteGroupBuilder MapSpineTriageCdsHooks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<CdsHooksOptions>>().Value;
        endpoints.MapGet("/cds-services", () => Results.Content(CdsServiceCatalog.Discovery().ToJsonString(), "application/json"));
        var services = endpoints.MapGroup("/cds-services").WithMetadata(new RequestSizeLimitMetadata(options.MaxRequestBytes));
        if (options.AllowAnonymousOnLoopback)
        {
            services.AddEndpointFilter((context, next) =>
                context.HttpContext.Connection.RemoteIpAddress is { } address && !IPAddress.IsLoopback(address)
                    ? ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status403Forbidden))
                    : next(context));
        }
        else
        {
            services.RequireAuthorization(new AuthorizationPolicyBuilder(AuthenticationScheme).RequireAuthenticatedUser().Build());
        }

        services.MapPost("/{id}", CdsServiceHandler.HandleAsync);
        services.MapPost("/{id}/feedback", CdsFeedbackHandler.HandleAsync);
        return services;
    }

    private sealed class RequestSizeLimitMetadata(long bytes) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
