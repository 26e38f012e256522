using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;

namespace SpineTriage.CdsHooks;

/// <summary>
/// How the service checks an EHR's JWT, as the CDS Hooks specification has it: signed with an asymmetric algorithm (never
/// <c>none</c> or HMAC) by a key of a trusted issuer's JSON Web Key Set; <c>aud</c> the service's URL or one under it;
/// <c>exp</c> not past and no further away than <see cref="CdsHooksOptions.MaxTokenLifetime"/>; <c>iat</c> present; and a
/// <c>jti</c> not seen before.
/// </summary>
internal static class CdsTokenValidation
{
    private static readonly string[] AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
    ];

    public static void Configure(JwtBearerOptions jwt, IOptions<CdsHooksOptions> cdsOptions, CdsClientKeyStore keys, JtiReplayCache replays)
    {
        var cds = cdsOptions.Value;
        foreach (var client in cds.TrustedClients.Where(c => c.JsonWebKeySet is null && c.JsonWebKeySetUrl is null))
        {
            throw new OptionsValidationException(nameof(CdsHooksOptions), typeof(CdsHooksOptions), [$"The trusted client '{client.Issuer}' has neither a JsonWebKeySet nor a JsonWebKeySetUrl."]);
        }

        if (cds.Audience is { } configured && !(Uri.TryCreate(configured, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            // No JWT names such an audience: every call would be refused as unauthorized, with nothing to say why.
            throw new OptionsValidationException(nameof(CdsHooksOptions), typeof(CdsHooksOptions), [$"The Audience '{configured}' is not an absolute http or https URL; give the service's public URL, such as https://cds.example.org."]);
        }

        var audience = cds.Audience?.TrimEnd('/');
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = cds.TrustedClients.Select(c => c.Issuer).ToList(),
            ValidAlgorithms = AsymmetricAlgorithms,
            IssuerSigningKeyResolver = (_, token, _, _) =>
                token is JsonWebToken web ? keys.KeysFor(web.Issuer, web.TryGetHeaderValue<string>("jku", out var jku) ? jku : null) : [],
            ValidateAudience = true,
            AudienceValidator = (audiences, _, _) => audience is not null && audiences.Any(a => a.TrimEnd('/') == audience || a.StartsWith(audience + "/", StringComparison.Ordinal)),
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        jwt.Events = new JwtBearerEvents
        {
            OnMessageReceived = async context =>
            {
                var header = context.Request.Headers.Authorization.ToString();
                if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    await keys.PrepareAsync(header["Bearer ".Length..].Trim(), context.HttpContext.RequestAborted);
                }
            },
            OnTokenValidated = context =>
            {
                var token = (JsonWebToken)context.SecurityToken;
                var now = DateTimeOffset.UtcNow;
                if (string.IsNullOrEmpty(token.Id))
                {
                    context.Fail("The token has no jti (the CDS Hooks specification requires one).");
                }
                else if (!token.TryGetPayloadValue<long>("iat", out _))
                {
                    context.Fail("The token has no iat (the CDS Hooks specification requires one).");
                }
                else if (token.ValidTo > (now + cds.MaxTokenLifetime + jwt.TokenValidationParameters.ClockSkew).UtcDateTime)
                {
                    context.Fail($"The token expires more than {cds.MaxTokenLifetime} from now.");
                }
                else if (!replays.TryRecord(token.Issuer, token.Id, new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + jwt.TokenValidationParameters.ClockSkew))
                {
                    context.Fail("The token's jti was already used (replay).");
                }

                return Task.CompletedTask;
            },
        };
    }
}
