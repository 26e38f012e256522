using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineTriage.CdsHooks;
using SpineTriage.Cli.Output;
using SpineTriage.Rules;

namespace SpineTriage.Cli.Serve;

/// <summary>
/// The web application behind <c>spinetriage serve</c>: the engine (reloading when a rules directory is given), the CDS
/// Hooks service (JWTs from the trusted clients, or none from loopback callers with <c>--allow-anonymous</c>), and the
/// page with its endpoints. Started, it listens
/// until it is stopped or disposed.
/// </summary>
internal sealed class TriageServer : IDisposable
{
    private readonly WebApplication _app;

    private TriageServer(WebApplication app, IReadOnlyList<string> addresses)
    {
        _app = app;
        Addresses = addresses;
    }

    /// <summary>Gets the addresses the server listens on (with the real port when 0 was asked for), without a trailing slash.</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>Gets the engine the server evaluates with (for tests).</summary>
    public ITriageEngine Engine => _app.Services.GetRequiredService<ITriageEngine>();

    /// <summary>
    /// Builds and starts the server; rule or option problems are written to standard error, located, and null returned
    /// (nothing listens then).
    /// </summary>
    public static TriageServer? TryStart(ServeSettings settings, OutputWriter output, bool logToConsole = true)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The tool's own folder, not the working directory: an appsettings.json there is not the tool's.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.ClearProviders();
        if (logToConsole)
        {
            // The host's own start-up failure is reported by TryStart in one line, without the stack trace the host logs.
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning)
                .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }

        builder.Services.AddSpineTriage(options =>
        {
            options.RulesDirectory = settings.RulesDirectory;
            options.WatchForChanges = settings.RulesDirectory is not null;
            foreach (var (name, value) in settings.Thresholds)
            {
                options.Thresholds[name] = value;
            }
        });
        builder.Services.AddSpineTriageCdsHooks(options =>
        {
            options.AllowAnonymousOnLoopback = settings.AllowAnonymous;
            options.Audience = settings.Audience;
            foreach (var client in settings.TrustedClients)
            {
                options.TrustedClients.Add(client);
            }
        });

        var app = builder.Build();
        if (!EngineLoads(app, settings.RulesDirectory, output))
        {
            ((IDisposable)app).Dispose();
            return null;
        }

        app.Use(PageEndpoints.SecurityHeaders);
        PageEndpoints.Map(app);
        app.MapSpineTriageCdsHooks();
        try
        {
            app.Start();
        }
        catch (IOException exception)
        {
            // An address in use, or one this user may not bind.
            output.WriteError($"spinetriage: cannot listen on {settings.Urls}: {exception.Message}");
            ((IDisposable)app).Dispose();
            return null;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => a.TrimEnd('/')).ToList() ?? [];
        return new TriageServer(app, addresses);
    }

    /// <summary>Blocks until the host is asked to stop (Ctrl+C, SIGTERM).</summary>
    public void WaitForShutdown() => _app.WaitForShutdown();

    /// <inheritdoc/>
    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
    }

    /// <summary>Loads the rules before anything listens, so that a bad rule file is a located error and exit 1, not a 500 later.</summary>
    private static bool EngineLoads(WebApplication app, string? rulesDirectory, OutputWriter output)
    {
        try
        {
            _ = app.Services.GetRequiredService<ITriageEngine>();
            return true;
        }
        catch (RuleLoadException exception)
        {
            ProblemWriter.Write(exception.Problems.Select(d => TriageEngineLoader.LocateInDirectory(d, rulesDirectory)), output);
            output.WriteError($"spinetriage: the rules have {exception.Problems.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s); the server did not start.");
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                output.WriteError($"spinetriage: error {CliProblemCodes.TriageConfiguration}: {failure}");
            }
        }
        catch (TriageConfigurationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                output.WriteError($"spinetriage: error {problem.Code}: {problem.Message}");
            }
        }

        return false;
    }
}
