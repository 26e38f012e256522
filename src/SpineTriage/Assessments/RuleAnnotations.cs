using System.Text.Json;
using SpineTriage.Citations;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>
/// A rule's <c>Properties</c> as the triage layer reads them (rules/README.md): kind, reason and next steps with the
/// thresholds in force, the sources resolved through the pack's bibliography, and the evidence level and note.
/// </summary>
internal sealed record RuleAnnotations(string Kind, string Reason, string Source, string Evidence, IReadOnlyList<string> NextSteps)
{
    public const string VerdictKind = "verdict";
    public const string RedFlagKind = "redFlag";
    public const string WarningKind = "warning";
    public const string InfoKind = "info";

    public static readonly IReadOnlyList<string> Kinds = [VerdictKind, RedFlagKind, WarningKind, InfoKind];

    /// <summary>Gets the sources resolved from the bibliography (empty when the pack has none).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Gets the evidence level on the pack's scale (<c>evidenceLevel</c>), or null.</summary>
    public string? EvidenceLevel { get; init; }

    /// <summary>Reads the annotations; a missing kind is inferred (a rule with a <c>SuccessEvent</c> supports a verdict).</summary>
    public static RuleAnnotations Of(Rule rule, PackTexts texts)
    {
        var properties = rule.Properties;
        var kind = Text(properties, "kind") ?? (rule.SuccessEvent is null ? InfoKind : VerdictKind);
        var keys = SourceKeys(properties);
        var citations = texts.Bibliography is { } bibliography
            ? keys.Where(bibliography.ByKey.ContainsKey).Select(k => bibliography.ByKey[k].Citation).ToArray()
            : [];
        var source = citations.Length > 0 ? string.Join("; ", citations.Select(c => c.Text))
            : keys.Count > 0 ? string.Join("; ", keys) : "not stated";
        var level = Text(properties, "evidenceLevel");
        return new RuleAnnotations(
            kind,
            texts.Render(Text(properties, "reason") ?? rule.Name, rule.WorkflowName),
            source,
            EvidenceText(level, Text(properties, "evidence"), texts.Bibliography?.Scale),
            Texts(properties, "nextSteps").Select(step => texts.Render(step, rule.WorkflowName)).ToArray())
        {
            Citations = citations,
            EvidenceLevel = level,
        };
    }

    public RuleFinding Finding(string ruleName) => new(ruleName, Reason, Source, Evidence) { Citations = Citations, EvidenceLevel = EvidenceLevel };

    /// <summary>The keys (or, in a pack without a bibliography, the free texts) of <c>source</c>: a string or an array of strings.</summary>
    internal static IReadOnlyList<string> SourceKeys(JsonElement properties) =>
        Text(properties, "source") is { } one ? [one] : Texts(properties, "source");

    internal static string? Text(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static IReadOnlyList<string> Texts(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
            : [];

    /// <summary>"Oxford CEBM 2009 level 5: payer policy consensus", or the note alone in a pack without a scale.</summary>
    private static string EvidenceText(string? level, string? note, EvidenceScale? scale) => (level, note) switch
    {
        (null, null) => "not stated",
        (null, { } text) => text,
        ({ } l, null) => scale is null ? $"level {l}" : $"{scale.ShortName} level {l}",
        ({ } l, { } text) => scale is null ? $"level {l}: {text}" : $"{scale.ShortName} level {l}: {text}",
    };
}
