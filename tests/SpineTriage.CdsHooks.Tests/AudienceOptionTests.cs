using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>The service's audience as configured: an absolute http or https URL, or the configuration is refused when the JWT check is set up.</summary>
public sealed class AudienceOptionTests
{
    [Theory]
    [InlineData("::")]
    [InlineData("cds.example.org")]
    [InlineData("ftp://cds.example.org")]
    public void An_audience_that_is_no_http_or_https_url_is_refused_naming_it(string audience)
    {
        // It served and refused every EHR call as unauthorized: no token names such an audience.
        var refused = Assert.Throws<OptionsValidationException>(() => Configure(audience));

        Assert.Contains($"The Audience '{audience}' is not an absolute http or https URL", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cds.example.org")]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData(null)]
    public void An_http_or_https_audience_or_none_is_taken(string? audience) => Configure(audience);

    private static void Configure(string? audience) =>
        CdsTokenValidation.Configure(new JwtBearerOptions(), Options.Create(new CdsHooksOptions { Audience = audience }), keys: null!, new JtiReplayCache(TimeProvider.System));
}
