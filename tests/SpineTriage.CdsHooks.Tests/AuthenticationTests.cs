using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using static SpineTriage.CdsHooks.Tests.CdsRequests;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>The EHR's JWT, as the specification requires it: signed by a trusted key (inline or at a key-set URL), for this service, unexpired, with a jti used once.</summary>
[Collection(CdsHostCollection.Name)]
public sealed class AuthenticationTests(CdsHooksHost host)
{
    private const string Service = "spinetriage-patient-view";

    [Fact]
    public async Task Without_a_token_the_service_answers_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(token: null));
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_401()
    {
        using var other = RSA.Create(2048);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(host.Token(signingKey: new RsaSecurityKey(other) { KeyId = "ehr-key-1" })));
    }

    [Theory]
    [InlineData("https://untrusted.test", CdsHooksHost.Audience)]
    [InlineData(CdsHooksHost.Issuer, "https://elsewhere.test")]
    [InlineData(CdsHooksHost.Issuer, "https://cds.test.elsewhere.test")]
    public async Task A_token_from_an_unknown_issuer_or_for_another_audience_is_401(string issuer, string audience)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(host.Token(issuer, audience)));
    }

    [Fact]
    public async Task A_token_whose_audience_is_the_service_endpoint_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusWith(host.Token(audience: CdsHooksHost.Audience + "/cds-services/" + Service)));
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(host.Token(expires: DateTime.UtcNow.AddMinutes(-10))));
    }

    [Fact]
    public async Task A_token_that_expires_beyond_the_longest_lifetime_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(host.Token(expires: DateTime.UtcNow.AddHours(3))));
    }

    [Fact]
    public async Task A_token_used_twice_is_refused_the_second_time()
    {
        var token = host.Token();

        Assert.Equal(HttpStatusCode.OK, await StatusWith(token));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(token));
    }

    [Fact]
    public async Task A_token_without_a_jti_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(host.Token(withJti: false)));
    }

    [Fact]
    public async Task A_token_signed_with_a_shared_secret_is_401_even_when_the_key_set_holds_that_secret()
    {
        // The specification forbids symmetric algorithms: a key set with an "oct" key must not let HMAC tokens in.
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(48)) { KeyId = "shared" };
        host.KeySets.Sets["jku"] = $$"""{"keys":[{"kty":"oct","kid":"shared","k":"{{Base64UrlEncoder.Encode(secret.Key)}}"}]}""";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(host.Token(CdsHooksHost.RemoteIssuer("jku"), signingKey: secret)));
    }

    [Fact]
    public async Task Keys_at_a_client_s_URL_are_fetched_once_and_cached()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "cached-1" };
        host.KeySets.Sets["cached"] = CdsHooksHost.KeySetOf(key);

        var first = await StatusWith(host.Token(CdsHooksHost.RemoteIssuer("cached"), signingKey: key));
        var second = await StatusWith(host.Token(CdsHooksHost.RemoteIssuer("cached"), signingKey: key, jku: FakeKeySetServer.UrlOf("cached").AbsoluteUri));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, second));
        Assert.Equal(1, host.KeySets.Fetches["cached.json"]);
    }

    [Fact]
    public async Task A_jku_other_than_the_client_s_URL_is_401_and_never_fetched()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "jku-1" };
        host.KeySets.Sets["jku"] = CdsHooksHost.KeySetOf(key);
        host.KeySets.Sets["attacker"] = CdsHooksHost.KeySetOf(key);

        var status = await StatusWith(host.Token(CdsHooksHost.RemoteIssuer("jku"), signingKey: key, jku: FakeKeySetServer.UrlOf("attacker").AbsoluteUri));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False(host.KeySets.Fetches.ContainsKey("attacker.json"));
    }

    [Fact]
    public async Task A_rotated_key_is_fetched_after_the_refresh_interval_not_on_every_request()
    {
        var old = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "rotating-1" };
        var rotated = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "rotating-2" };
        host.KeySets.Sets["rotating"] = CdsHooksHost.KeySetOf(old);
        Assert.Equal(HttpStatusCode.OK, await StatusWith(host.Token(CdsHooksHost.RemoteIssuer("rotating"), signingKey: old)));
        host.KeySets.Sets["rotating"] = CdsHooksHost.KeySetOf(old, rotated);

        var tooSoon = await StatusWith(host.Token(CdsHooksHost.RemoteIssuer("rotating"), signingKey: rotated));
        host.Time.Advance(TimeSpan.FromSeconds(31));
        var afterTheInterval = await StatusWith(host.Token(CdsHooksHost.RemoteIssuer("rotating"), signingKey: rotated));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (tooSoon, afterTheInterval));
        Assert.Equal(2, host.KeySets.Fetches["rotating.json"]);
    }

    private async Task<HttpStatusCode> StatusWith(string? token) =>
        (await PostAsync(host.CreateClient(), Service, Request("patient-view", "cauda-equina"), token)).StatusCode;
}
