using System.Net;
using SpineTriage.CdsHooks;

namespace SpineTriage.Cli.Serve;

/// <summary>Checks and reads the arguments of <c>spinetriage serve</c> that name addresses and EHRs.</summary>
internal static class ServeArguments
{
    /// <summary>Why <paramref name="urls"/> cannot be served with <c>--allow-anonymous</c> (an address other machines reach), or null.</summary>
    public static string? NotLoopback(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || !IsLoopback(uri.Host))
            {
                return $"--allow-anonymous serves only loopback addresses (127.0.0.1, [::1], localhost), not '{url}': other machines would reach the service without a token.";
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="urls"/> is not a list of http or https URLs separated by ';' (Kestrel's form: a host may be <c>*</c> or <c>+</c>), or null.</summary>
    public static string? NotUrls(string urls)
    {
        var parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return "--urls: give at least one address, such as http://127.0.0.1:5080.";
        }

        foreach (var url in parts)
        {
            var parsed = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.AbsolutePath != "/")
            {
                return $"--urls: '{url}' is not an http or https address such as http://127.0.0.1:5080 (several are separated by ';').";
            }
        }

        return null;
    }

    /// <summary>Why a <c>--trusted-client</c> value is not <c>ISSUER=JWKS</c> (a JSON Web Key Set file, or its https URL), or null.</summary>
    public static string? TrustedClientProblem(string value)
    {
        var separator = value.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0 || separator == value.Length - 1)
        {
            return $"--trusted-client '{value}': expected ISSUER=JWKS, the EHR's issuer and its JSON Web Key Set (a file, or an https URL).";
        }

        var keys = value[(separator + 1)..];
        return IsHttpsUrl(keys) || File.Exists(keys) ? null : $"--trusted-client '{value}': the key set '{keys}' is neither an https URL nor a file.";
    }

    /// <summary>
    /// Why an <c>--audience</c> value is not the service's absolute http or https URL, or null. The EHRs name that URL as
    /// their JWTs' audience; anything else matches no token, and every call would be refused as unauthorized.
    /// </summary>
    public static string? AudienceProblem(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"--audience '{value}': give the service's public URL, such as https://triage.example.org, which the EHRs' JWTs name as their audience (aud).";

    /// <summary>The EHR a checked <c>--trusted-client</c> value names.</summary>
    public static CdsHooksClient TrustedClient(string value)
    {
        var separator = value.IndexOf('=', StringComparison.Ordinal);
        var issuer = value[..separator];
        var keys = value[(separator + 1)..];
        return IsHttpsUrl(keys)
            ? new CdsHooksClient { Issuer = issuer, JsonWebKeySetUrl = new Uri(keys) }
            : new CdsHooksClient { Issuer = issuer, JsonWebKeySet = File.ReadAllText(keys) };
    }

    private static bool IsHttpsUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
