namespace SpineTriage.CdsHooks;

/// <summary>An EHR allowed to call the service: the <c>iss</c> of its JWTs and the public keys that verify them.</summary>
public sealed class CdsHooksClient
{
    /// <summary>The issuer (<c>iss</c>) the EHR puts in its JWTs.</summary>
    public required string Issuer { get; init; }

    /// <summary>The EHR's JSON Web Key Set (the JSON document its JWKS URL serves), whose keys verify its signatures.</summary>
    public required string JsonWebKeySet { get; init; }
}
