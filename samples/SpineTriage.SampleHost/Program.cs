using SpineTriage;
using SpineTriage.CdsHooks;
using SpineTriage.SampleHost;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);

// The engine, its options from appsettings.json ("SpineTriage" section), its health check, its metrics and traces.
builder.Services.AddSpineTriage(builder.Configuration.GetSection("SpineTriage"));
builder.Services.AddHealthChecks().AddSpineTriage();
// The CDS Hooks service: EHRs are trusted by issuer and JSON Web Key Set (none here: every POST is 401 until one is added).
builder.Services.AddSpineTriageCdsHooks(o =>
{
    o.Audience = builder.Configuration["CdsHooks:Audience"];
    // Where the rulebook is published: each card links to its section ("CdsHooks:RulebookUrl"; none when unset).
    o.RulebookUrl = builder.Configuration["CdsHooks:RulebookUrl"] is { Length: > 0 } rulebook ? new Uri(rulebook) : null;
});
builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics.AddMeter("SpineTriage").AddConsoleExporter())
    // The request spans (ASP.NET Core instrumentation) are the parents of SpineTriage's: without them, a parent-based
    // sampler drops the evaluation spans under ASP.NET Core's unsampled request activity.
    .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource("SpineTriage").AddConsoleExporter());

var app = builder.Build();
app.MapHealthChecks("/health");
app.MapPost("/triage", TriageEndpoint.HandleAsync);
app.MapSpineTriageCdsHooks();

if (args.Contains(SmokeTest.Argument))
{
    return await SmokeTest.RunAsync(app);
}

await app.RunAsync();
return 0;

/// <summary>The sample host's entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
