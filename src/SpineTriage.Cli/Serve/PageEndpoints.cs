using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SpineTriage.Cli.Serve;

/// <summary>
/// The page at <c>/</c> (plain HTML, CSS and JavaScript embedded in the tool) and the endpoints it calls: the seed cases
/// (<c>GET /api/seeds</c>, <c>GET /api/seeds/{name}</c>) and <c>POST /api/evaluate</c>.
/// </summary>
internal static class PageEndpoints
{
    private static readonly Dictionary<string, string> PageFiles = new(StringComparer.Ordinal)
    {
        ["/"] = "index.html",
        ["/page.js"] = "page.js",
        ["/page.css"] = "page.css",
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, file) in PageFiles)
        {
            var text = EmbeddedFiles.Read("spinetriage.page." + file)!;
            var type = ContentTypeOf(file);
            endpoints.MapGet(path, () => Results.Content(text, type));
        }

        endpoints.MapGet("/api/seeds", () => Results.Content(new JsonArray([.. EmbeddedFiles.SeedNames.Select(n => JsonValue.Create(n))]).ToJsonString(), "application/json"));
        endpoints.MapGet("/api/seeds/{name}", (string name) =>
            EmbeddedFiles.SeedNames.Contains(name) ? Results.Content(EmbeddedFiles.Read($"spinetriage.seeds.{name}.json")!, "application/json") : Results.NotFound());
        endpoints.MapPost("/api/evaluate", EvaluateEndpoint.HandleAsync);
    }

    /// <summary>
    /// The page runs only its own script and style and is never framed; responses are not sniffed into another type and
    /// not cached (they may hold a patient's findings).
    /// </summary>
    public static async Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        await next(context);
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "text/css; charset=utf-8",
    };
}
