using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SpineTriage.CdsHooks;

/// <summary>
/// The signing keys of the trusted EHRs: a client's inline JSON Web Key Set, and the set served at its
/// <see cref="CdsHooksClient.JsonWebKeySetUrl"/>, fetched before a token is validated and cached for
/// <see cref="CdsHooksOptions.KeySetCacheDuration"/>. A token naming a key the cache does not hold refetches the set (key
/// rotation), at most once per <see cref="CdsHooksOptions.KeySetRefreshInterval"/>. A token's <c>jku</c> header is honoured
/// only when it is the client's configured URL (the allowlist the specification asks for); any other <c>jku</c> gets no keys.
/// </summary>
internal sealed partial class CdsClientKeyStore(IOptions<CdsHooksOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILogger<CdsClientKeyStore> logger)
{
    /// <summary>The name of the <see cref="HttpClient"/> that fetches key sets; a host configures it with <c>AddHttpClient(name)</c>.</summary>
    public const string HttpClientName = "SpineTriage.CdsHooks.Jwks";

    private const int MaxKeySetBytes = 64 * 1024;
    private readonly ConcurrentDictionary<string, FetchedKeys> fetched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IList<SecurityKey>> inline = new(StringComparer.Ordinal);

    /// <summary>Makes sure the keys a token needs are cached: reads its header and payload unverified (issuer, jku, kid) and fetches the key set when due.</summary>
    public async Task PrepareAsync(string token, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return; // unreadable: the handler refuses it
        }

        if (Client(jwt.Issuer) is not { } client || UrlFor(client, jwt) is not { } url)
        {
            return;
        }

        var now = time.GetUtcNow();
        var due = !fetched.TryGetValue(url, out var cached)
            || cached.Expires <= now
            || (!cached.Keys.Any(k => k.KeyId == jwt.Kid) && cached.Fetched + options.Value.KeySetRefreshInterval <= now);
        if (!due)
        {
            return;
        }

        try
        {
            var keys = await FetchAsync(url, cancellationToken);
            fetched[url] = new FetchedKeys(keys, now, now + options.Value.KeySetCacheDuration);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            // Keep what was cached; the failure is logged without the token.
            LogFetchFailed(logger, url, exception.GetType().Name);
            if (cached is not null)
            {
                fetched[url] = cached with { Fetched = now };
            }
        }
    }

    /// <summary>The keys that may verify a token from <paramref name="issuer"/> with the given <c>jku</c> header (null when absent).</summary>
    public IEnumerable<SecurityKey> KeysFor(string? issuer, string? jku)
    {
        if (issuer is null || Client(issuer) is not { } client)
        {
            return [];
        }

        if (jku is not null && !SameUrl(jku, client.JsonWebKeySetUrl))
        {
            return [];
        }

        var keys = new List<SecurityKey>();
        if (client.JsonWebKeySet is { } set)
        {
            keys.AddRange(inline.GetOrAdd(client.Issuer, _ => new JsonWebKeySet(set).GetSigningKeys()));
        }

        if (client.JsonWebKeySetUrl is { } url && fetched.TryGetValue(url.AbsoluteUri, out var cached))
        {
            keys.AddRange(cached.Keys);
        }

        return keys;
    }

    private CdsHooksClient? Client(string? issuer) =>
        issuer is null ? null : options.Value.TrustedClients.FirstOrDefault(c => string.Equals(c.Issuer, issuer, StringComparison.Ordinal));

    private static string? UrlFor(CdsHooksClient client, JsonWebToken jwt)
    {
        if (client.JsonWebKeySetUrl is not { } configured)
        {
            return null;
        }

        return !jwt.TryGetHeaderValue<string>("jku", out var jku) || SameUrl(jku, configured) ? configured.AbsoluteUri : null;
    }

    private static bool SameUrl(string jku, Uri? configured) =>
        configured is not null && Uri.TryCreate(jku, UriKind.Absolute, out var given) && Uri.Compare(given, configured, UriComponents.AbsoluteUri, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;

    private async Task<IList<SecurityKey>> FetchAsync(string url, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var text = await BoundedContent.ReadAsync(response.Content, MaxKeySetBytes, cancellationToken)
            ?? throw new InvalidOperationException($"The key set is larger than {MaxKeySetBytes} bytes.");
        return new JsonWebKeySet(text).GetSigningKeys();
    }

    private sealed record FetchedKeys(IList<SecurityKey> Keys, DateTimeOffset Fetched, DateTimeOffset Expires);

    [LoggerMessage(EventId = 120, Level = LogLevel.Warning, Message = "CDS Hooks: the JSON Web Key Set at {Url} could not be fetched ({Failure}); the cached keys, if any, stay in use.")]
    private static partial void LogFetchFailed(ILogger logger, string url, string failure);
}
