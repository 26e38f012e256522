using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SpineTriage.Fhir;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>The sample host under WebApplicationFactory, trusting one EHR whose RSA key the tests sign with.</summary>
public sealed class CdsHooksHost : WebApplicationFactory<Program>
{
    public const string Issuer = "https://ehr.test";
    public const string Audience = "https://cds.test";

    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "ehr-key-1" };

    public static readonly DateTimeOffset EvaluationTime = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public string Token(string? issuer = null, string audience = Audience, SecurityKey? signingKey = null, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(5),
            IssuedAt = DateTime.UtcNow,
            Claims = new Dictionary<string, object> { ["sub"] = "ehr-client", ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new SigningCredentials(signingKey ?? key, SecurityAlgorithms.RsaSha384),
        });

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        var parameters = key.Rsa.ExportParameters(false);
        var jwks = System.Text.Json.JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = "RSA", kid = key.KeyId, use = "sig", alg = "RS384", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } },
        });
        builder.ConfigureTestServices(services => services.Configure<CdsHooksOptions>(o =>
        {
            o.Audience = Audience;
            o.TrustedClients.Add(new CdsHooksClient { Issuer = Issuer, JsonWebKeySet = jwks });
            o.Mapping = new FhirMappingOptions { EvaluationTime = EvaluationTime };
        }));
    }
}
