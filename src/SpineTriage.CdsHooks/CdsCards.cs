using System.Text.Json.Nodes;
using SpineTriage.Reports;

namespace SpineTriage.CdsHooks;

/// <summary>
/// The service's cards: the library's rendering (<see cref="CdsHooksCardRenderer"/>, red flags first, then one card per
/// assessment), each given a <c>uuid</c> (so the EHR can send feedback about it) and an <c>extension</c> naming what it
/// says in machine-readable form: <c>{"spinetriage": {"assessment", "verdict", "possibleVerdicts", "decidingInputs"}}</c>
/// for an assessment, <c>{"spinetriage": {"redFlag": RULE}}</c> for a red flag.
/// </summary>
internal static class CdsCards
{
    /// <summary>The key of the service's entry in a card's <c>extension</c>.</summary>
    public const string ExtensionKey = "spinetriage";

    /// <summary>The CDS Hooks response for a report.</summary>
    public static JsonObject Compose(TriageReport report)
    {
        var response = JsonNode.Parse(CdsHooksCardRenderer.Render(report))!.AsObject();
        var cards = response["cards"]!.AsArray();
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i]!.AsObject();
            var extension = i < report.RedFlags.Count
                ? new JsonObject { ["redFlag"] = report.RedFlags[i].RuleName }
                : Describe(report.Assessments[i - report.RedFlags.Count]);
            var ordered = new JsonObject { ["uuid"] = Guid.NewGuid().ToString() };
            foreach (var (name, value) in card.ToList())
            {
                card.Remove(name);
                ordered[name] = value;
            }

            ordered["extension"] = new JsonObject { [ExtensionKey] = extension };
            cards[i] = ordered;
        }

        return response;
    }

    private static JsonObject Describe(AssessmentResult assessment) => new()
    {
        ["assessment"] = assessment.Assessment,
        ["verdict"] = assessment.Verdict,
        ["possibleVerdicts"] = new JsonArray(assessment.PossibleVerdicts.Select(p => (JsonNode)JsonValue.Create(p.Verdict)).ToArray()),
        ["decidingInputs"] = new JsonArray(assessment.DecidingInputs.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
    };
}
