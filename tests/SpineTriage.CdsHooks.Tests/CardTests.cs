using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static SpineTriage.CdsHooks.Tests.CdsRequests;

namespace SpineTriage.CdsHooks.Tests;

/// <summary>What the service adds to the library's cards: uuids, order suggestions where the report asks for them, rulebook links; and the response schema catching a bad card.</summary>
[Collection(CdsHostCollection.Name)]
public sealed class CardTests(CdsHooksHost host)
{
    [Fact]
    public async Task Every_card_has_its_own_uuid_for_feedback()
    {
        var first = await Cards("cauda-equina");
        var second = await Cards("cauda-equina");

        var uuids = first.Concat(second).Select(c => c!["uuid"]!.GetValue<string>()).ToList();
        Assert.True(uuids.Count > 2);
        Assert.All(uuids, u => Assert.True(Guid.TryParse(u, out _)));
        Assert.Equal(uuids.Count, uuids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_borderline_CT_attenuation_without_a_DXA_suggests_creating_a_DXA_order_for_the_patient()
    {
        var fusion = CdsHooksServiceTests.FusionCard(new JsonObject { ["cards"] = new JsonArray((await Cards("flatback-after-long-fusion", "pat-77")).Select(c => c!.DeepClone()).ToArray()) });

        Assert.Equal("any", fusion["selectionBehavior"]!.GetValue<string>());
        var suggestion = Assert.Single(fusion["suggestions"]!.AsArray())!;
        Assert.Equal("dxa", suggestion["extension"]!["dev.spinetriage"]!["order"]!.GetValue<string>());
        var action = Assert.Single(suggestion["actions"]!.AsArray())!;
        Assert.Equal("create", action["type"]!.GetValue<string>());
        var order = Assert.IsType<Hl7.Fhir.Model.ServiceRequest>(CdsRequests.FhirResource(action["resource"]!.ToJsonString()));
        Assert.Equal((Hl7.Fhir.Model.RequestStatus.Draft, Hl7.Fhir.Model.RequestIntent.Proposal), (order.Status, order.Intent));
        Assert.Equal("http://www.ama-assn.org/go/cpt|77080", $"{order.Code!.Coding[0].System}|{order.Code.Coding[0].Code}");
        Assert.Equal("Patient/pat-77", order.Subject.Reference);
    }

    [Fact]
    public async Task Deciding_inputs_ask_for_their_tests_and_a_card_that_asks_for_none_has_no_suggestions()
    {
        var cards = await Cards("missing-data");

        foreach (var card in cards.Where(c => c!["extension"]!["dev.spinetriage"]!["verdict"] is not null))
        {
            var deciding = card!["extension"]!["dev.spinetriage"]!["decidingInputs"]!.AsArray().Select(d => d!.GetValue<string>()).ToHashSet();
            var suggested = card["suggestions"]?.AsArray().Select(s => s!["extension"]!["dev.spinetriage"]!["order"]!.GetValue<string>()).ToHashSet() ?? [];
            var asked = new Dictionary<string, string> { ["patient.dexaTScoreMin"] = "dxa", ["patient.hba1cPercent"] = "hba1c", ["patient.cotinineNgMl"] = "cotinine", ["imaging.ageMonths"] = "mri" }
                .Where(p => deciding.Contains(p.Key)).Select(p => p.Value).ToHashSet();
            Assert.Superset(asked, suggested);
            Assert.Equal(suggested.Count > 0, card["selectionBehavior"] is not null);
        }

        Assert.Contains(cards, c => c!["suggestions"] is not null);
    }

    [Fact]
    public async Task Every_card_links_to_its_section_of_the_rulebook_and_the_section_exists()
    {
        var headings = File.ReadAllLines(Path.Combine(Root, "docs", "rulebook.md")).Where(l => l.StartsWith('#')).Select(l => Slug(l.TrimStart('#').Trim())).ToHashSet(StringComparer.Ordinal);

        var cards = await Cards("cauda-equina");

        Assert.All(cards, card =>
        {
            var link = Assert.Single(card!["links"]!.AsArray())!;
            Assert.Equal("absolute", link["type"]!.GetValue<string>());
            var url = new Uri(link["url"]!.GetValue<string>());
            Assert.Equal(CdsHooksHost.RulebookUrl.AbsolutePath, url.AbsolutePath);
            Assert.Contains(url.Fragment.TrimStart('#'), headings);
        });
        Assert.Contains(cards, c => c!["links"]![0]!["url"]!.GetValue<string>().EndsWith("#redflag_caudaequina", StringComparison.Ordinal));
        Assert.Contains(cards, c => c!["links"]![0]!["url"]!.GetValue<string>().EndsWith("#lumbar-fusion-appropriateness", StringComparison.Ordinal));
    }

    [Fact]
    public void The_response_schema_refuses_what_the_specification_refuses()
    {
        JsonNode Response(JsonObject card) => new JsonObject { ["cards"] = new JsonArray(card) };
        JsonObject Card() => new() { ["summary"] = "A summary", ["indicator"] = "info", ["source"] = new JsonObject { ["label"] = "SpineTriage" } };

        Assert.Empty(Violations(ResponseSchema, Response(Card())));
        Assert.NotEmpty(Violations(ResponseSchema, Response(new JsonObject { ["summary"] = "x", ["indicator"] = "info" })));
        Assert.NotEmpty(Violations(ResponseSchema, Response(new JsonObject { ["summary"] = new string('x', 140), ["indicator"] = "info", ["source"] = new JsonObject { ["label"] = "s" } })));
        Assert.NotEmpty(Violations(ResponseSchema, Response(new JsonObject { ["summary"] = "x", ["indicator"] = "hard-stop", ["source"] = new JsonObject { ["label"] = "s" } })));
        var withoutSelection = Card();
        withoutSelection["suggestions"] = new JsonArray(new JsonObject { ["label"] = "Order" });
        Assert.NotEmpty(Violations(ResponseSchema, Response(withoutSelection)));
        var createWithoutResource = Card();
        createWithoutResource["selectionBehavior"] = "any";
        createWithoutResource["suggestions"] = new JsonArray(new JsonObject { ["label"] = "Order", ["actions"] = new JsonArray(new JsonObject { ["type"] = "create", ["description"] = "d" }) });
        Assert.NotEmpty(Violations(ResponseSchema, Response(createWithoutResource)));
        var relativeLink = Card();
        relativeLink["links"] = new JsonArray(new JsonObject { ["label"] = "l", ["url"] = "/rulebook", ["type"] = "absolute" });
        Assert.NotEmpty(Violations(ResponseSchema, Response(relativeLink)));
    }

    private async Task<JsonArray> Cards(string seed, string? patientId = null)
    {
        var response = await PostAsync(host.CreateClient(), "spinetriage-patient-view", Request("patient-view", seed, patientId: patientId), host.Token());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(Violations(ResponseSchema, body));
        return body["cards"]!.AsArray();
    }

    /// <summary>GitHub's heading anchor, written independently of the service's: lower case, spaces to hyphens, other punctuation but - and _ dropped.</summary>
    private static string Slug(string heading) => Regex.Replace(heading.ToLowerInvariant().Replace(' ', '-'), "[^a-z0-9_-]", string.Empty);
}
