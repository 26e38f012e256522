using SpineTriage;
using SpineTriage.SampleHost;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);

// The engine, its options from appsettings.json ("SpineTriage" section), its health check, its metrics and traces.
builder.Services.AddSpineTriage(builder.Configuration.GetSection("SpineTriage"));
builder.Services.AddHealthChecks().AddSpineTriage();
builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics.AddMeter("SpineTriage").AddConsoleExporter())
    // The request spans (ASP.NET Core instrumentation) are the parents of SpineTriage's: without them, a parent-based
    // sampler drops the evaluation spans under ASP.NET Core's unsampled request activity.
    .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource("SpineTriage").AddConsoleExporter());

var app = builder.Build();
app.MapHealthChecks("/health");
app.MapPost("/triage", TriageEndpoint.HandleAsync);

if (args.Contains(SmokeTest.Argument))
{
    return await SmokeTest.RunAsync(app);
}

await app.RunAsync();
return 0;
