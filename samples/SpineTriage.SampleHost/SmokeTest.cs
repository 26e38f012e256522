using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SpineTriage.SampleHost;

/// <summary>
/// <c>--smoke-test CASE.json</c>: starts the host on a free local port, asks /health and posts the case to /triage,
/// prints both, and stops; exit 0 when the health is Healthy and the report has every assessment (CI runs this).
/// </summary>
internal static class SmokeTest
{
    public const string Argument = "--smoke-test";

    public static async Task<int> RunAsync(WebApplication app)
    {
        var args = Environment.GetCommandLineArgs();
        var caseFile = args.SkipWhile(a => a != Argument).Skip(1).FirstOrDefault()
            ?? throw new ArgumentException($"{Argument} needs a case file: {Argument} CASE.json");
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));
            Console.WriteLine($"GET /health: {health}");

            using var content = new StringContent(await File.ReadAllTextAsync(caseFile), System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/triage", UriKind.Relative), content);
            var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var verdicts = report["assessments"]!.AsObject().Select(a => $"{a.Key}: {a.Value!["verdict"]}").ToArray();
            Console.WriteLine($"POST /triage {caseFile}: {(int)response.StatusCode}, {string.Join(", ", verdicts)}");

            return health == "Healthy" && response.IsSuccessStatusCode && verdicts.Length == 3 ? 0 : 1;
        }
        finally
        {
            // Disposing the host disposes the OpenTelemetry providers, which export what they hold to the console.
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
