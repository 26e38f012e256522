using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SpineTriage.Cases;
using SpineTriage.Fhir;
using SpineTriage.Reports;
using static SpineTriage.CdsHooks.Tests.CdsRequests;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>The service's hooks: every seed through it, missing data, order hooks, feedback and the size limit.</summary>
[Collection(CdsHostCollection.Name)]
public sealed class CdsHooksServiceTests(CdsHooksHost host)
{
    internal static string Root => CdsRequests.Root;

    public static TheoryData<string> Seeds() => new(SeedNames());

    [Fact]
    public async Task Discovery_lists_a_service_per_hook_with_its_prefetch_needs_no_token_and_validates()
    {
        var response = await host.CreateClient().GetAsync("/cds-services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var discovery = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(Violations(DiscoverySchema, discovery));
        var services = discovery["services"]!.AsArray();
        Assert.Equal(["patient-view", "order-sign", "order-select"], services.Select(s => s!["hook"]!.GetValue<string>()));
        Assert.All(services, s =>
        {
            Assert.Equal("Patient/{{context.patientId}}", s!["prefetch"]!["patient"]!.GetValue<string>());
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

        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", Request("patient-view", seed), host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(Violations(ResponseSchema, body));
        var cards = body["cards"]!.AsArray();
        var said = cards.Select(c => c!["extension"]!["dev.spinetriage"]!).ToList();
        Assert.Equal(fromCase.RedFlags.Select(f => f.RuleName), said.Where(e => e["redFlag"] is not null).Select(e => e["redFlag"]!.GetValue<string>()));
        Assert.Equal(fromCase.Assessments.Select(a => $"{a.Assessment}: {a.Verdict}"), said.Where(e => e["verdict"] is not null).Select(e => $"{e["assessment"]}: {e["verdict"]}"));
        // The prefetch path gives the cards the library gives for the whole bundle, text for text.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CdsHooksCardRenderer.Render(engine.Evaluate(mapped.Case!))), LibraryFields(cards)));
    }

    [Fact]
    public async Task An_empty_list_in_a_seed_is_unknown_in_FHIR_so_the_card_names_it_missing_with_the_same_verdicts()
    {
        // flatback-after-long-fusion says "levels": [] (no imaging level recorded); FHIR cannot say "none", only omit the
        // Observations, so the mapped case leaves imaging.levels unknown: the cards list it as missing, the verdicts agree.
        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", Request("patient-view", "flatback-after-long-fusion"), host.Token());

        var fusion = FusionCard(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        Assert.Contains("Missing, would not change this verdict: `imaging.levels`", fusion["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Warning: CT L1 attenuation", fusion["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("OptimizeFirst", fusion["extension"]!["dev.spinetriage"]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_prefetch_without_FHIR_access_is_412_with_an_operation_outcome()
    {
        var request = Request("patient-view", "missing-data");
        request["prefetch"]!.AsObject().Remove("observations");
        request["prefetch"]!["conditions"] = null;

        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", request, host.Token());

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType!.MediaType);
        var outcome = Assert.IsType<Hl7.Fhir.Model.OperationOutcome>(CdsRequests.FhirResource(await response.Content.ReadAsStringAsync()));
        Assert.Equal(2, outcome.Issue.Count);
        Assert.All(outcome.Issue, i => Assert.Equal(Hl7.Fhir.Model.OperationOutcome.IssueType.Incomplete, i.Code));
        Assert.Contains("'observations'", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Contains("no fhirServer", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_without_a_lumbar_fusion_gets_no_cards_and_one_with_it_gets_the_cards()
    {
        var none = await PostAsync(host.CreateClient(), "spinetriage-order-sign", Request("order-sign", "degenerative-spondylolisthesis-ready", draftCpt: "99213"), host.Token());
        var cards = await PostAsync(host.CreateClient(), "spinetriage-order-sign", Request("order-sign", "degenerative-spondylolisthesis-ready", draftCpt: "22633"), host.Token());

        Assert.Equal("{\"cards\":[]}", await none.Content.ReadAsStringAsync());
        var body = JsonNode.Parse(await cards.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(body["cards"]!.AsArray());
        Assert.Empty(Violations(ResponseSchema, body));
    }

    [Fact]
    public async Task An_order_coded_with_a_code_the_host_adds_gets_the_cards()
    {
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.PostConfigure<CdsHooksOptions>(o => o.FusionOrderCodes.Add("http://snomed.info/sct|123456789"))));
        var request = Request("order-select", "degenerative-spondylolisthesis-ready", draftCpt: "123456789");
        request["context"]!["draftOrders"]!["entry"]![0]!["resource"]!["code"]!["coding"]![0]!["system"] = "http://snomed.info/sct";

        var withTheCode = await PostAsync(factory.CreateClient(), "spinetriage-order-select", request, host.Token());
        var withoutIt = await PostAsync(host.CreateClient(), "spinetriage-order-select", request, host.Token());

        Assert.NotEmpty(JsonNode.Parse(await withTheCode.Content.ReadAsStringAsync())!["cards"]!.AsArray());
        Assert.Empty(JsonNode.Parse(await withoutIt.Content.ReadAsStringAsync())!["cards"]!.AsArray());
    }

    [Fact]
    public async Task Feedback_reaches_the_host_s_sink_without_the_free_text_comment()
    {
        var sink = new RecordingSink();
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICdsFeedbackSink>(sink)));
        var body = new JsonObject
        {
            ["feedback"] = new JsonArray(new JsonObject
            {
                ["card"] = "c-1", ["outcome"] = "overridden", ["outcomeTimestamp"] = "2026-12-01T10:05:31Z",
                ["overrideReason"] = new JsonObject { ["reason"] = new JsonObject { ["system"] = "http://example.org/override", ["code"] = "patient-refused", ["display"] = "Patient refused" }, ["userComment"] = "free text" },
            }),
        };
        Assert.Empty(Violations(FeedbackSchema, body));

        var response = await PostAsync(factory.CreateClient(), "spinetriage-patient-view/feedback", body, host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(sink.Entries);
        Assert.Equal(("spinetriage-patient-view", "c-1", "overridden", "patient-refused"), (entry.Service, entry.Feedback.Card, entry.Feedback.Outcome, entry.Feedback.OverrideReasonCode));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 5, 31, TimeSpan.Zero), entry.Feedback.OutcomeTimestamp);
        Assert.DoesNotContain("free text", entry.Feedback.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_without_its_outcome_timestamp_is_400()
    {
        var body = new JsonObject { ["feedback"] = new JsonArray(new JsonObject { ["card"] = "c-1", ["outcome"] = "accepted" }) };
        Assert.NotEmpty(Violations(FeedbackSchema, body));

        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view/feedback", body, host.Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_whatever_the_server()
    {
        // The in-process test server has no request-size feature: the service enforces the limit as it reads.
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.PostConfigure<CdsHooksOptions>(o => o.MaxRequestBytes = 1024)));

        var response = await PostAsync(factory.CreateClient(), "spinetriage-patient-view", Request("patient-view", "degenerative-spondylolisthesis-ready"), host.Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    internal static JsonNode FusionCard(JsonNode response) =>
        response["cards"]!.AsArray().Single(c => c!["extension"]!["dev.spinetriage"]!["assessment"]?.GetValue<string>() == "fusion")!;

    /// <summary>The cards as the library renders them: without the service's uuid, suggestions, links and extension.</summary>
    private static JsonObject LibraryFields(JsonArray cards) => new()
    {
        ["cards"] = new JsonArray(cards.Select(c =>
        {
            var card = c!.DeepClone().AsObject();
            foreach (var name in new[] { "uuid", "suggestions", "selectionBehavior", "links", "extension" })
            {
                card.Remove(name);
            }

            return (JsonNode)card;
        }).ToArray()),
    };

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
