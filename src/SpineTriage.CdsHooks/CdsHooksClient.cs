namespace SpineTriage.CdsHooks;

/// <summary>
/// An EHR allowed to call the service: the <c>iss</c> of its JWTs and the public keys that verify them, inline
/// (<see cref="JsonWebKeySet"/>), at a URL (<see cref="JsonWebKeySetUrl"/>), or both.
/// </summary>
public sealed class CdsHooksClient
{
    /// <summary>The issuer (<c>iss</c>) the EHR puts in its JWTs.</summary>
    public required string Issuer { get; init; }

    /// <summary>The EHR's JSON Web Key Set (the JSON document its JWKS URL serves), whose keys verify its signatures; null to use the URL only.</summary>
    public string? JsonWebKeySet { get; init; }

    /// <summary>
    /// The URL of the EHR's JSON Web Key Set, fetched when a token needs it and cached. A token's <c>jku</c> header must be
    /// this URL (the allowlist the specification asks for): a token naming any other key set URL is refused.
    /// </summary>
    public Uri? JsonWebKeySetUrl { get; init; }
}
