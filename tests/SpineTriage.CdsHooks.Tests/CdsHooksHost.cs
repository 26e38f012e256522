using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SpineTriage.Fhir;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>
/// The sample host under WebApplicationFactory. It trusts one EHR by an inline JSON Web Key Set (<see cref="Issuer"/>) and
/// three by key-set URLs on a fake key server (<see cref="RemoteIssuer"/>); its FHIR client reads a fake FHIR server; its
/// clock can be moved on; its logs are kept.
/// </summary>
public sealed class CdsHooksHost : WebApplicationFactory<Program>
{
    public const string Issuer = "https://ehr.test";
    public const string Audience = "https://cds.test";
    public static readonly Uri RulebookUrl = new("https://rules.test/docs/rulebook.md");
    public static readonly DateTimeOffset EvaluationTime = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "ehr-key-1" };

    internal FakeFhirServer Fhir { get; } = new(CdsHooksServiceTests.Root);

    internal FakeKeySetServer KeySets { get; } = new();

    internal ShiftedTime Time { get; } = new();

    internal CapturedLogs Logs { get; } = new();

    /// <summary>The issuer of a client trusted by key-set URL <c>https://keys.test/NAME.json</c>.</summary>
    public static string RemoteIssuer(string name) => $"https://{name}.ehr.test";

    public static readonly string[] RemoteClients = ["cached", "rotating", "jku"];

    public string Token(string? issuer = null, string audience = Audience, SecurityKey? signingKey = null, DateTime? expires = null, string? jku = null, bool withJti = true) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(5),
            IssuedAt = DateTime.UtcNow,
            Claims = withJti ? new Dictionary<string, object> { ["sub"] = "ehr-client", ["jti"] = Guid.NewGuid().ToString() } : new Dictionary<string, object> { ["sub"] = "ehr-client" },
            AdditionalHeaderClaims = jku is null ? null : new Dictionary<string, object> { ["jku"] = jku },
            SigningCredentials = new SigningCredentials(signingKey ?? key, signingKey is SymmetricSecurityKey ? SecurityAlgorithms.HmacSha384 : SecurityAlgorithms.RsaSha384),
        });

    /// <summary>A key set holding the public half of RSA keys.</summary>
    public static string KeySetOf(params RsaSecurityKey[] keys) => System.Text.Json.JsonSerializer.Serialize(new
    {
        keys = keys.Select(k =>
        {
            var parameters = k.Rsa.ExportParameters(false);
            return new { kty = "RSA", kid = k.KeyId, use = "sig", alg = "RS384", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) };
        }).ToArray(),
    });

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.ConfigureTestServices(services =>
        {
            services.Configure<CdsHooksOptions>(o =>
            {
                o.Audience = Audience;
                o.TrustedClients.Add(new CdsHooksClient { Issuer = Issuer, JsonWebKeySet = KeySetOf(key) });
                foreach (var name in RemoteClients)
                {
                    o.TrustedClients.Add(new CdsHooksClient { Issuer = RemoteIssuer(name), JsonWebKeySetUrl = FakeKeySetServer.UrlOf(name) });
                }

                o.Mapping = new FhirMappingOptions { EvaluationTime = EvaluationTime };
                o.RulebookUrl = RulebookUrl;
            });
            services.AddHttpClient(SpineTriageCdsHooksExtensions.FhirHttpClient).ConfigurePrimaryHttpMessageHandler(() => Fhir);
            services.AddHttpClient(SpineTriageCdsHooksExtensions.KeySetHttpClient).ConfigurePrimaryHttpMessageHandler(() => KeySets);
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
    }
}
