using System.Globalization;
using System.Text.Json;
using SpineTriage.Rules;

namespace SpineTriage.Configuration;

/// <summary>
/// The global parameters the rule files declare, read from the raw JSON (before compiling) so options can be checked
/// by name: thresholds are those whose expression is a number literal; the others are derived facts.
/// </summary>
internal sealed class ThresholdCatalog
{
    private readonly Dictionary<string, string> _literals = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _derived = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> ThresholdNames => _literals.Keys.Order(StringComparer.Ordinal);

    public static ThresholdCatalog Read(IEnumerable<RuleSource> sources)
    {
        var catalog = new ThresholdCatalog();
        foreach (var source in sources)
        {
            try
            {
                using var document = JsonDocument.Parse(source.Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                var root = document.RootElement;
                var workflows = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
                foreach (var workflow in workflows)
                {
                    catalog.AddGlobals(workflow);
                }
            }
            catch (JsonException)
            {
                // A malformed file is reported with its location when the rule set is loaded.
            }
        }

        return catalog;
    }

    public bool IsThreshold(string name) => _literals.ContainsKey(name);

    public bool IsDerivedFact(string name) => !_literals.ContainsKey(name) && _derived.Contains(name);

    /// <summary>Whether the pack writes the threshold as a whole number (compiled as an integer, so a fraction cannot replace it).</summary>
    public bool IsWholeNumber(string name) =>
        _literals.TryGetValue(name, out var literal) && int.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private void AddGlobals(JsonElement workflow)
    {
        if (workflow.ValueKind != JsonValueKind.Object || !workflow.TryGetProperty("GlobalParams", out var globals) || globals.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var global in globals.EnumerateArray())
        {
            if (global.ValueKind == JsonValueKind.Object
                && global.TryGetProperty("Name", out var name) && name.ValueKind == JsonValueKind.String
                && global.TryGetProperty("Expression", out var expression) && expression.ValueKind == JsonValueKind.String)
            {
                var text = expression.GetString()!.Trim();
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    _literals.TryAdd(name.GetString()!, text);
                }
                else
                {
                    _derived.Add(name.GetString()!);
                }
            }
        }
    }
}
