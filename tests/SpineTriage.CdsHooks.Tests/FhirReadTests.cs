using System.Net;
using System.Text.Json.Nodes;
using static SpineTriage.CdsHooks.Tests.CdsRequests;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>Without prefetch, the service reads the EHR's FHIR server with the access token the request grants, and only that server.</summary>
[Collection(CdsHostCollection.Name)]
public sealed class FhirReadTests(CdsHooksHost host)
{
    [Theory]
    [InlineData("flatback-after-long-fusion")]
    [InlineData("cauda-equina")]
    public async Task Without_prefetch_the_FHIR_server_s_data_give_the_verdicts_of_the_prefetch(string seed)
    {
        var prefetched = await Verdicts(Request("patient-view", seed));

        var read = await Verdicts(RequestReadingFhir("patient-view", seed, accessToken: "token-" + seed));

        Assert.Equal(prefetched, read);
        var requests = host.Fhir.Requests.Where(r => r.Url.Query.Contains("patient=" + seed, StringComparison.Ordinal) || r.Url.AbsolutePath.EndsWith("/Patient/" + seed, StringComparison.Ordinal)).ToList();
        Assert.All(requests, r => Assert.Equal("Bearer token-" + seed, r.Authorization));
        Assert.Contains(requests, r => r.Url.Query.Contains("_page=2", StringComparison.Ordinal)); // the second page of Observations was read
    }

    [Fact]
    public async Task Only_the_missing_keys_are_read()
    {
        var request = Request("patient-view", "degenerative-spondylolisthesis-ready", patientId: "degenerative-spondylolisthesis-ready");
        request["prefetch"]!.AsObject().Remove("procedures");
        request["fhirServer"] = FakeFhirServer.BaseUrl;
        request["fhirAuthorization"] = RequestReadingFhir("patient-view", "x")["fhirAuthorization"]!.DeepClone();
        var before = host.Fhir.Requests.Count;

        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", request, host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = Assert.Single(host.Fhir.Requests.Skip(before)).Url;
        Assert.Equal("/fhir/Procedure", url.AbsolutePath);
    }

    [Theory]
    [InlineData("fail-cauda-equina", "answered 500")]
    [InlineData("offhost-cauda-equina", "leaves the FHIR server")]
    [InlineData("down-cauda-equina", "could not be reached")]
    public async Task A_read_that_fails_or_would_leave_the_FHIR_server_is_412(string patientId, string because)
    {
        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", RequestReadingFhir("patient-view", patientId), host.Token());

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Contains(because, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Fhir.Requests, r => r.Url.Host != "ehr.test");
    }

    [Fact]
    public async Task A_FHIR_server_over_plain_http_is_not_sent_the_token()
    {
        var request = RequestReadingFhir("patient-view", "cauda-equina");
        request["fhirServer"] = "http://ehr.test/fhir";
        var before = host.Fhir.Requests.Count;

        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", request, host.Token());

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Contains("https", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, host.Fhir.Requests.Count);
    }

    private async Task<string[]> Verdicts(JsonObject request)
    {
        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", request, host.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["cards"]!.AsArray()
            .Select(c => c!["extension"]!["dev.spinetriage"]!).Select(e => e["redFlag"]?.GetValue<string>() ?? $"{e["assessment"]}: {e["verdict"]}").ToArray();
    }
}

/// <summary>No patient data in the logs, at any level: not the patient's id, birth date or findings, nor the tokens.</summary>
[Collection(CdsHostCollection.Name)]
public sealed class LogTests(CdsHooksHost host)
{
    [Fact]
    public async Task A_request_leaves_no_patient_data_or_token_in_the_logs()
    {
        const string patientId = "canary-pt-4711";
        var prefetched = Request("patient-view", "revision-hba1c-8-6", patientId: patientId);
        var birthDate = prefetched["prefetch"]!["patient"]!["birthDate"]!.GetValue<string>();
        var readingFhir = RequestReadingFhir("patient-view", "extruded-disc", accessToken: "canary-fhir-token-0815");
        var token = host.Token();
        host.Logs.Messages.Clear();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host.CreateClient(), "spinetriage-patient-view", prefetched, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host.CreateClient(), "spinetriage-patient-view", readingFhir, host.Token())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(host.CreateClient(), "spinetriage-patient-view", prefetched, token)).StatusCode);

        var logs = host.Logs.Messages.ToList();
        Assert.Contains(logs, l => l.Contains("CDS service spinetriage-patient-view answered", StringComparison.Ordinal));
        Assert.All(logs, l =>
        {
            Assert.DoesNotContain(patientId, l, StringComparison.Ordinal);
            Assert.DoesNotContain(birthDate, l, StringComparison.Ordinal);
            Assert.DoesNotContain("8.6", l, StringComparison.Ordinal);
            Assert.DoesNotContain("extruded-disc", l, StringComparison.Ordinal);
            Assert.DoesNotContain("canary-fhir-token-0815", l, StringComparison.Ordinal);
            Assert.DoesNotContain(token, l, StringComparison.Ordinal);
        });
    }
}
