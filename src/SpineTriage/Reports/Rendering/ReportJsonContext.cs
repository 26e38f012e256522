using System.Text.Json.Serialization;

namespace SpineTriage.Reports.Rendering;

/// <summary>The JSON shape of a report: assessments keyed by their assessment name.</summary>
internal sealed record ReportDocument(
    string Disclaimer,
    string RuleSetHash,
    IReadOnlyList<RuleFinding> RedFlags,
    IReadOnlyDictionary<string, AssessmentResult> Assessments);

/// <summary>The CDS Hooks response envelope.</summary>
internal sealed record CdsHooksResponse(IReadOnlyList<CdsHooksCard> Cards);

/// <summary>One CDS Hooks card (summary, indicator, source and markdown detail).</summary>
internal sealed record CdsHooksCard(string Summary, string Indicator, CdsHooksSource Source, string Detail);

/// <summary>The card's source: the label and address of the guideline or paper behind it; <c>topic</c> names the assessment area.</summary>
internal sealed record CdsHooksSource(string Label, string? Url, CdsHooksCoding? Topic);

/// <summary>A coding for <c>source.topic</c>.</summary>
internal sealed record CdsHooksCoding(string System, string Code, string Display);

/// <summary>Source-generated JSON metadata for report renderings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(CdsHooksResponse))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
