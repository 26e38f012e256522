using System.Net.Http.Headers;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace SpineTriage.CdsHooks;

/// <summary>
/// Reads what the EHR did not prefetch from its FHIR server (<c>fhirServer</c>, with the <c>fhirAuthorization</c> access
/// token), as the specification allows: the service's prefetch template for that key, with <c>{{context.patientId}}</c> filled
/// in, through the <see cref="HttpClient"/> named <see cref="HttpClientName"/>. The token goes to that server only: a search
/// page's <c>next</c> link elsewhere is not followed; the server must be https (http only on loopback); every body is bounded.
/// </summary>
internal sealed class FhirServerReader(IHttpClientFactory httpClients)
{
    /// <summary>The name of the <see cref="HttpClient"/> that reads the EHR's FHIR server; a host configures it with <c>AddHttpClient(name)</c>.</summary>
    public const string HttpClientName = "SpineTriage.CdsHooks.Fhir";

    /// <summary>The most search pages read for one prefetch key.</summary>
    public const int MaxPages = 10;

    /// <summary>The FHIR access the request grants, or null (with the reason) when it grants none usable.</summary>
    public static (FhirAccess? Access, string? Problem) AccessOf(JsonElement root)
    {
        if (!root.TryGetProperty("fhirServer", out var server) || server.ValueKind != JsonValueKind.String ||
            !root.TryGetProperty("fhirAuthorization", out var authorization) || authorization.ValueKind != JsonValueKind.Object)
        {
            return (null, "the request has no fhirServer and fhirAuthorization to read it from");
        }

        if (!Uri.TryCreate(server.GetString(), UriKind.Absolute, out var baseUrl) || !(baseUrl.Scheme == Uri.UriSchemeHttps || (baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback)))
        {
            return (null, "fhirServer must be an absolute https URL (http only on loopback)");
        }

        if (!authorization.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(token.GetString()))
        {
            return (null, "fhirAuthorization has no access_token");
        }

        return (new FhirAccess(new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/"), token.GetString()!), null);
    }

    /// <summary>Reads one prefetch key's query: the resource, or a search Bundle with every page's entries; or the reason it could not.</summary>
    public async Task<(Resource? Resource, string? Problem)> ReadAsync(FhirAccess access, string query, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadPagesAsync(access, query, maxBytes, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A refused connection, a name that does not resolve, a timeout: the data are unavailable (412), not a service fault.
            return (null, exception is TaskCanceledException ? "the FHIR server did not answer in time" : "the FHIR server could not be reached");
        }
    }

    private async Task<(Resource? Resource, string? Problem)> ReadPagesAsync(FhirAccess access, string query, long maxBytes, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(HttpClientName);
        var url = new Uri(access.BaseUrl, query);
        Bundle? all = null;
        for (var page = 0; page < MaxPages; page++)
        {
            if (!url.AbsoluteUri.StartsWith(access.BaseUrl.AbsoluteUri, StringComparison.Ordinal))
            {
                return (null, "a search page link leaves the FHIR server; it was not followed");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access.AccessToken);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"the FHIR server answered {(int)response.StatusCode}");
            }

            if (await BoundedContent.ReadAsync(response.Content, maxBytes, cancellationToken) is not { } text)
            {
                return (null, $"the FHIR server's answer is larger than {maxBytes:N0} bytes");
            }

            if (!new FhirJsonDeserializer().TryDeserializeResource(text, out var resource, out _) || resource is null)
            {
                return (null, "the FHIR server's answer is not a FHIR resource");
            }

            if (resource is not Bundle { Type: Bundle.BundleType.Searchset } bundle)
            {
                return (resource, null);
            }

            all ??= new Bundle { Type = Bundle.BundleType.Searchset };
            all.Entry.AddRange(bundle.Entry);
            if (bundle.NextLink is not { } next)
            {
                return (all, null);
            }

            url = next.IsAbsoluteUri ? next : new Uri(access.BaseUrl, next);
        }

        return (null, $"the search has more than {MaxPages} pages");
    }
}

/// <summary>The EHR's FHIR server and the access token it granted for one request.</summary>
internal sealed record FhirAccess(Uri BaseUrl, string AccessToken);
