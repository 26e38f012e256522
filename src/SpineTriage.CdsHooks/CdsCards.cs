using System.Text;
using System.Text.Json.Nodes;
using SpineTriage.Reports;

namespace SpineTriage.CdsHooks;

/// <summary>
/// The service's cards: the library's rendering (<see cref="CdsHooksCardRenderer"/>, red flags first, then one card per
/// assessment), each given a <c>uuid</c> (so the EHR can send feedback about it), an <c>extension</c> naming what it says
/// in machine-readable form (<c>{"dev.spinetriage": {"assessment", "verdict", "possibleVerdicts", "decidingInputs"}}</c>
/// for an assessment, <c>{"dev.spinetriage": {"redFlag": RULE}}</c> for a red flag), the orders the report asks for as
/// suggestions (<see cref="OrderSuggestions"/>), and a link to the card's section of the rulebook when
/// <see cref="CdsHooksOptions.RulebookUrl"/> is set.
/// </summary>
internal static class CdsCards
{
    /// <summary>The key of the service's entry in an <c>extension</c> (reverse-domain, as the specification recommends).</summary>
    public const string ExtensionKey = "dev.spinetriage";

    /// <summary>The CDS Hooks response for a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="patientId">The FHIR id of the patient (the suggested orders' subject), or null.</param>
    /// <param name="rulebookUrl">The published rulebook, or null for no links.</param>
    public static JsonObject Compose(TriageReport report, string? patientId, Uri? rulebookUrl)
    {
        var response = JsonNode.Parse(CdsHooksCardRenderer.Render(report))!.AsObject();
        var cards = response["cards"]!.AsArray();
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i]!.AsObject();
            var ordered = new JsonObject { ["uuid"] = Guid.NewGuid().ToString() };
            foreach (var (name, value) in card.ToList())
            {
                card.Remove(name);
                ordered[name] = value;
            }

            if (i < report.RedFlags.Count)
            {
                var flag = report.RedFlags[i];
                AddLink(ordered, rulebookUrl, $"Rulebook: {flag.RuleName}", Slug($"`{flag.RuleName}`"));
                ordered["extension"] = new JsonObject { [ExtensionKey] = new JsonObject { ["redFlag"] = flag.RuleName } };
            }
            else
            {
                var assessment = report.Assessments[i - report.RedFlags.Count];
                var suggestions = OrderSuggestions.For(assessment, patientId);
                if (suggestions.Count > 0)
                {
                    ordered["suggestions"] = suggestions;
                    ordered["selectionBehavior"] = "any";
                }

                AddLink(ordered, rulebookUrl, $"Rulebook: {assessment.Title}", Slug(assessment.Title));
                ordered["extension"] = new JsonObject { [ExtensionKey] = Describe(assessment) };
            }

            cards[i] = ordered;
        }

        return response;
    }

    private static void AddLink(JsonObject card, Uri? rulebookUrl, string label, string anchor)
    {
        if (rulebookUrl is null)
        {
            return;
        }

        var url = new UriBuilder(rulebookUrl) { Fragment = anchor }.Uri.AbsoluteUri;
        card["links"] = new JsonArray(new JsonObject { ["label"] = label, ["url"] = url, ["type"] = "absolute" });
    }

    /// <summary>The anchor a Markdown renderer such as GitHub's gives a heading: lower case, spaces to hyphens, punctuation other than - and _ dropped.</summary>
    internal static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static JsonObject Describe(AssessmentResult assessment) => new()
    {
        ["assessment"] = assessment.Assessment,
        ["verdict"] = assessment.Verdict,
        ["possibleVerdicts"] = new JsonArray(assessment.PossibleVerdicts.Select(p => (JsonNode)JsonValue.Create(p.Verdict)).ToArray()),
        ["decidingInputs"] = new JsonArray(assessment.DecidingInputs.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
    };
}
