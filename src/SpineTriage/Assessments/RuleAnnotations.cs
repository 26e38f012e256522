using System.Text.Json;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>A rule's <c>Properties</c> as the triage layer reads them: kind, reason, source, evidence and next steps (rules/README.md).</summary>
internal sealed record RuleAnnotations(string Kind, string Reason, string Source, string Evidence, IReadOnlyList<string> NextSteps)
{
    public const string VerdictKind = "verdict";
    public const string RedFlagKind = "redFlag";
    public const string WarningKind = "warning";
    public const string InfoKind = "info";

    public static readonly IReadOnlyList<string> Kinds = [VerdictKind, RedFlagKind, WarningKind, InfoKind];

    /// <summary>Reads the annotations; a missing kind is inferred (a rule with a <c>SuccessEvent</c> supports a verdict).</summary>
    public static RuleAnnotations Of(CompiledRule rule)
    {
        var properties = rule.Properties;
        var kind = Text(properties, "kind") ?? (rule.SuccessEvent is null ? InfoKind : VerdictKind);
        return new RuleAnnotations(
            kind,
            Text(properties, "reason") ?? rule.Name,
            Text(properties, "source") ?? "not stated",
            Text(properties, "evidence") ?? "not stated",
            Texts(properties, "nextSteps"));
    }

    public RuleFinding Finding(string ruleName) => new(ruleName, Reason, Source, Evidence);

    internal static string? Text(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static IReadOnlyList<string> Texts(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
            : [];
}
