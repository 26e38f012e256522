using System.Text.Json.Nodes;
using SpineTriage.Reports;

namespace SpineTriage.CdsHooks;

/// <summary>
/// The orders a card suggests, where the report asks for them: a DXA scan when the bone-density T-score decides the
/// verdict or the CT attenuation is borderline without one; an HbA1c when it decides the verdict; a cotinine when it
/// decides the verdict; a lumbar MRI when the imaging is too old or its date decides the verdict. Each is a suggestion
/// whose one action creates a draft <c>ServiceRequest</c> (intent <c>proposal</c>) for the patient of the request.
/// </summary>
internal static class OrderSuggestions
{
    private const string Cpt = "http://www.ama-assn.org/go/cpt";
    private const string Loinc = "http://loinc.org";

    /// <summary>What can be suggested: the order, and the deciding inputs or rules (reasons and warnings) that ask for it.</summary>
    internal static readonly SuggestedOrder[] Orders =
    [
        new("dxa", "Order a DXA bone density scan", Cpt, "77080", "DXA bone density study, axial skeleton", ["patient.dexaTScoreMin"], ["Warning_CtBoneDensityBorderline"]),
        new("hba1c", "Order an HbA1c", Loinc, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", ["patient.hba1cPercent"], []),
        new("cotinine", "Order a serum cotinine", Loinc, "10365-5", "Cotinine [Mass/volume] in Serum or Plasma", ["patient.cotinineNgMl"], []),
        new("mri", "Order a lumbar spine MRI", Cpt, "72148", "MRI lumbar spine without contrast", ["imaging.ageMonths"], ["OptimizeFirst_StaleImaging"]),
    ];

    /// <summary>The suggestions for an assessment's card; empty when it asks for no order.</summary>
    public static JsonArray For(AssessmentResult assessment, string? patientId)
    {
        var rules = assessment.Reasons.Concat(assessment.Warnings).Select(f => f.RuleName).ToHashSet(StringComparer.Ordinal);
        var suggestions = new JsonArray();
        foreach (var order in Orders.Where(o => o.Inputs.Any(assessment.DecidingInputs.Contains) || o.Rules.Any(rules.Contains)))
        {
            var request = new JsonObject
            {
                ["resourceType"] = "ServiceRequest",
                ["status"] = "draft",
                ["intent"] = "proposal",
                ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = order.System, ["code"] = order.Code, ["display"] = order.Display }), ["text"] = order.Display },
            };
            if (patientId is not null)
            {
                request["subject"] = new JsonObject { ["reference"] = "Patient/" + patientId };
            }

            suggestions.Add(new JsonObject
            {
                ["label"] = order.Label,
                ["uuid"] = Guid.NewGuid().ToString(),
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "create", ["description"] = $"{order.Label} ({assessment.Title}).", ["resource"] = request }),
                ["extension"] = new JsonObject { [CdsCards.ExtensionKey] = new JsonObject { ["order"] = order.Key } },
            });
        }

        return suggestions;
    }
}

/// <summary>One order the service can suggest.</summary>
/// <param name="Key">A short name (<c>dxa</c>), in the suggestion's extension.</param>
/// <param name="Label">The button text.</param>
/// <param name="System">The code system of the order.</param>
/// <param name="Code">The code.</param>
/// <param name="Display">The code's display.</param>
/// <param name="Inputs">Case inputs that ask for it when they decide the verdict.</param>
/// <param name="Rules">Rules that ask for it when they are among the card's reasons or warnings.</param>
internal sealed record SuggestedOrder(string Key, string Label, string System, string Code, string Display, string[] Inputs, string[] Rules);
