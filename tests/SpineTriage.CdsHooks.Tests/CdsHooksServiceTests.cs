using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SpineTriage.Cases;
using SpineTriage.Fhir;
using SpineTriage.Reports;

namespace SpineTriage.CdsHooks.Tests;

public sealed class CdsHooksServiceTests(CdsHooksHost host) : IClassFixture<CdsHooksHost>
{
    internal static readonly string Root = FindRoot();

    public static TheoryData<string> Seeds() => new(Directory.GetFiles(Path.Combine(Root, "seeds", "fhir"), "*.bundle.json").Select(f => Path.GetFileName(f)[..^".bundle.json".Length]).Order(StringComparer.Ordinal));

    [Fact]
    public async Task Discovery_lists_a_service_per_hook_with_its_prefetch_and_needs_no_token()
    {
        var response = await host.CreateClient().GetAsync("/cds-services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var services = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["services"]!.AsArray();
        Assert.Equal(["patient-view", "order-sign", "order-select"], services.Select(s => s!["hook"]!.GetValue<string>()));
        Assert.All(services, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s!["id"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(s["description"]!.GetValue<string>()));
            Assert.Equal("Patient/{{context.patientId}}", s["prefetch"]!["patient"]!.GetValue<string>());
            Assert.Equal(4, s["prefetch"]!.AsObject().Count);
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_seed_bundle_through_the_service_gives_the_verdicts_of_its_case(string seed)
    {
        var engine = host.Services.GetRequiredService<ITriageEngine>();
        var fromCase = engine.Evaluate(PatientCaseJson.ReadFile(Path.Combine(Root, "seeds", seed + ".json")).Case!);
        var mapped = FhirCaseMapper.Default.MapJson(File.ReadAllText(Path.Combine(Root, "seeds", "fhir", seed + ".bundle.json")), new FhirMappingOptions { EvaluationTime = CdsHooksHost.EvaluationTime });

        var response = await Post("spinetriage-patient-view", Request("patient-view", seed), host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["cards"]!.AsArray();
        var said = cards.Select(c => c!["extension"]!["spinetriage"]!).ToList();
        Assert.Equal(fromCase.RedFlags.Select(f => f.RuleName), said.Where(e => e["redFlag"] is not null).Select(e => e["redFlag"]!.GetValue<string>()));
        Assert.Equal(fromCase.Assessments.Select(a => $"{a.Assessment}: {a.Verdict}"), said.Where(e => e["verdict"] is not null).Select(e => $"{e["assessment"]}: {e["verdict"]}"));
        // The prefetch path gives the cards the library gives for the whole bundle, text for text.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CdsHooksCardRenderer.Render(engine.Evaluate(mapped.Case!))), WithoutServiceFields(cards)));
    }

    [Fact]
    public async Task An_empty_list_in_a_seed_is_unknown_in_FHIR_so_the_card_names_it_missing_with_the_same_verdicts()
    {
        // flatback-after-long-fusion says "levels": [] (no imaging level recorded); FHIR cannot say "none", only omit the
        // Observations, so the mapped case leaves imaging.levels unknown: the cards list it as missing, the verdicts agree.
        var response = await Post("spinetriage-patient-view", Request("patient-view", "flatback-after-long-fusion"), host.Token());

        var cards = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["cards"]!.AsArray();
        var fusion = cards.Single(c => c!["extension"]!["spinetriage"]!["assessment"]?.GetValue<string>() == "fusion")!;
        Assert.Contains("Missing, would not change this verdict: `imaging.levels`", fusion["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Warning: CT L1 attenuation", fusion["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("OptimizeFirst", fusion["extension"]!["spinetriage"]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_card_has_its_own_uuid_for_feedback()
    {
        var first = await Post("spinetriage-patient-view", Request("patient-view", "cauda-equina"), host.Token());
        var second = await Post("spinetriage-patient-view", Request("patient-view", "cauda-equina"), host.Token());

        var uuids = new[] { first, second }.SelectMany(r => JsonNode.Parse(r.Content.ReadAsStringAsync().Result)!["cards"]!.AsArray()).Select(c => c!["uuid"]!.GetValue<string>()).ToList();
        Assert.True(uuids.Count > 2);
        Assert.All(uuids, u => Assert.True(Guid.TryParse(u, out _)));
        Assert.Equal(uuids.Count, uuids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_missing_prefetch_is_412_with_an_operation_outcome()
    {
        var request = Request("patient-view", "missing-data");
        request["prefetch"]!.AsObject().Remove("observations");
        request["prefetch"]!["conditions"] = null;

        var response = await Post("spinetriage-patient-view", request, host.Token());

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
        Assert.Equal(2, outcome["issue"]!.AsArray().Count);
        Assert.Contains("'observations'", outcome["issue"]![0]!["diagnostics"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_the_service_answers_401()
    {
        var response = await Post("spinetriage-patient-view", Request("patient-view", "missing-data"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_401()
    {
        using var other = System.Security.Cryptography.RSA.Create(2048);

        var response = await Post("spinetriage-patient-view", Request("patient-view", "missing-data"), host.Token(signingKey: new Microsoft.IdentityModel.Tokens.RsaSecurityKey(other) { KeyId = "ehr-key-1" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("https://untrusted.test", CdsHooksHost.Audience)]
    [InlineData(CdsHooksHost.Issuer, "https://elsewhere.test")]
    public async Task A_token_from_an_unknown_issuer_or_for_another_audience_is_401(string issuer, string audience)
    {
        var response = await Post("spinetriage-patient-view", Request("patient-view", "missing-data"), host.Token(issuer, audience));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var token = host.Token(expires: DateTime.UtcNow.AddMinutes(-10));

        var response = await Post("spinetriage-patient-view", Request("patient-view", "missing-data"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_order_without_a_lumbar_fusion_gets_no_cards_and_one_with_it_gets_the_cards()
    {
        var other = Request("order-sign", "degenerative-spondylolisthesis-ready", draftCpt: "99213");
        var fusion = Request("order-sign", "degenerative-spondylolisthesis-ready", draftCpt: "22633");

        var none = await Post("spinetriage-order-sign", other, host.Token());
        var cards = await Post("spinetriage-order-sign", fusion, host.Token());

        Assert.Equal("{\"cards\":[]}", await none.Content.ReadAsStringAsync());
        Assert.NotEmpty(JsonNode.Parse(await cards.Content.ReadAsStringAsync())!["cards"]!.AsArray());
    }

    [Fact]
    public async Task An_order_coded_with_a_code_the_host_adds_gets_the_cards()
    {
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.PostConfigure<CdsHooksOptions>(o => o.FusionOrderCodes.Add("http://snomed.info/sct|123456789"))));
        var request = Request("order-select", "degenerative-spondylolisthesis-ready", draftCpt: "123456789");
        request["context"]!["draftOrders"]!["entry"]![0]!["resource"]!["code"]!["coding"]![0]!["system"] = "http://snomed.info/sct";

        var withTheCode = await Post("spinetriage-order-select", request, host.Token(), factory.CreateClient());
        var withoutIt = await Post("spinetriage-order-select", request, host.Token());

        Assert.NotEmpty(JsonNode.Parse(await withTheCode.Content.ReadAsStringAsync())!["cards"]!.AsArray());
        Assert.Empty(JsonNode.Parse(await withoutIt.Content.ReadAsStringAsync())!["cards"]!.AsArray());
    }

    [Fact]
    public async Task Feedback_reaches_the_host_s_sink()
    {
        var sink = new RecordingSink();
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICdsFeedbackSink>(sink)));
        var body = new JsonObject { ["feedback"] = new JsonArray(new JsonObject { ["card"] = "c-1", ["outcome"] = "overridden", ["overrideReason"] = new JsonObject { ["reason"] = new JsonObject { ["code"] = "patient-refused", ["display"] = "Patient refused" }, ["userComment"] = "free text" } }) };

        var response = await Post("spinetriage-patient-view/feedback", body, host.Token(), factory.CreateClient());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(sink.Entries);
        Assert.Equal(("spinetriage-patient-view", "c-1", "overridden", "patient-refused"), (entry.Service, entry.Feedback.Card, entry.Feedback.Outcome, entry.Feedback.OverrideReasonCode));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.PostConfigure<CdsHooksOptions>(o => o.MaxRequestBytes = 1024)));

        var response = await Post("spinetriage-patient-view", Request("patient-view", "degenerative-spondylolisthesis-ready"), host.Token(), factory.CreateClient());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Post(string path, JsonNode body, string? token, HttpClient? client = null)
    {
        client ??= host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cds-services/" + path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A CDS Hooks request whose prefetch holds the seed bundle's resources as a client would send them: the Patient, and a searchset Bundle per resource type.</summary>
    private static JsonObject Request(string hook, string seed, string? draftCpt = null)
    {
        var bundle = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "seeds", "fhir", seed + ".bundle.json")))!;
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).ToList();
        JsonObject Searchset(string type) => new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "searchset",
        }.WithEntries(resources.Where(r => r["resourceType"]!.GetValue<string>() == type).Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() }).ToArray());
        var context = new JsonObject { ["userId"] = "Practitioner/p1", ["patientId"] = seed };
        if (draftCpt is not null)
        {
            context["draftOrders"] = new JsonObject
            {
                ["resourceType"] = "Bundle",
                ["type"] = "collection",
                ["entry"] = new JsonArray(new JsonObject
                {
                    ["resource"] = new JsonObject
                    {
                        ["resourceType"] = "ServiceRequest", ["id"] = "draft-1", ["status"] = "draft", ["intent"] = "order",
                        ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://www.ama-assn.org/go/cpt", ["code"] = draftCpt }) },
                        ["subject"] = new JsonObject { ["reference"] = "Patient/" + seed },
                    },
                }),
            };
        }

        return new JsonObject
        {
            ["hook"] = hook,
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = context,
            ["prefetch"] = new JsonObject
            {
                ["patient"] = resources.First(r => r["resourceType"]!.GetValue<string>() == "Patient").DeepClone(),
                ["observations"] = Searchset("Observation"),
                ["conditions"] = Searchset("Condition"),
                ["procedures"] = Searchset("Procedure"),
            },
        };
    }

    /// <summary>The cards as the library renders them: without the service's uuid and extension.</summary>
    private static JsonObject WithoutServiceFields(JsonArray cards)
    {
        var copy = new JsonArray(cards.Select(c =>
        {
            var card = c!.DeepClone().AsObject();
            card.Remove("uuid");
            card.Remove("extension");
            return (JsonNode)card;
        }).ToArray());
        return new JsonObject { ["cards"] = copy };
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpineTriage.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }

    private sealed class RecordingSink : ICdsFeedbackSink
    {
        public List<(string Service, CdsFeedback Feedback)> Entries { get; } = [];

        public ValueTask RecordAsync(string serviceId, CdsFeedback feedback, CancellationToken cancellationToken)
        {
            Entries.Add((serviceId, feedback));
            return ValueTask.CompletedTask;
        }
    }
}
