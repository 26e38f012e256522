using System.Globalization;
using System.Text;
using SpineTriage.Rules;

namespace SpineTriage.Citations;

/// <summary>
/// What a rule's text is rendered with: the pack's bibliography (null when the pack has none, and then a rule's
/// <c>source</c> is free text) and each workflow's thresholds in force, which a reason or next step names as
/// <c>{nicotineFreeWeeksMin}</c> so an override changes the sentence as well as the logic.
/// </summary>
internal sealed class PackTexts
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _thresholds;

    private PackTexts(Bibliography? bibliography, Dictionary<string, IReadOnlyDictionary<string, string>> thresholds)
    {
        Bibliography = bibliography;
        _thresholds = thresholds;
    }

    public Bibliography? Bibliography { get; }

    public static PackTexts Of(Bibliography? bibliography, IReadOnlyList<WorkflowOutline> outlines)
    {
        var thresholds = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var outline in outlines)
        {
            thresholds[outline.Name] = outline.GlobalParams.Where(g => g.IsConstant)
                .GroupBy(g => g.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ValueText(g.First()), StringComparer.Ordinal);
        }

        return new PackTexts(bibliography, thresholds);
    }

    /// <summary>The thresholds of <paramref name="workflowName"/>, by name, as their values in force are written.</summary>
    public IReadOnlyDictionary<string, string> ThresholdsOf(string workflowName) =>
        _thresholds.TryGetValue(workflowName, out var thresholds) ? thresholds : new Dictionary<string, string>();

    /// <summary>The text with each <c>{name}</c> of a threshold of the workflow replaced by its value in force; other braces stay.</summary>
    public string Render(string text, string workflowName)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var thresholds = ThresholdsOf(workflowName);
        var rendered = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, name) in Placeholders(text))
        {
            if (thresholds.TryGetValue(name, out var value))
            {
                rendered.Append(text, position, start - position).Append(value);
                position = start + name.Length + 2;
            }
        }

        return rendered.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Each <c>{name}</c> in the text (a name of letters, digits and underscores), with the offset of its brace.</summary>
    public static IEnumerable<(int Start, string Name)> Placeholders(string text)
    {
        for (var open = text.IndexOf('{', StringComparison.Ordinal); open >= 0; open = text.IndexOf('{', open + 1))
        {
            var end = open + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end > open + 1 && end < text.Length && text[end] == '}' && !char.IsAsciiDigit(text[open + 1]))
            {
                yield return (open, text[(open + 1)..end]);
            }
        }
    }

    /// <summary>The literal as written when not overridden (<c>8.0</c> stays 8.0), else the override; negative numbers with a true minus sign.</summary>
    private static string ValueText(GlobalParameter threshold)
    {
        var written = threshold.Expression.Trim();
        var text = !threshold.IsOverridden && double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? written : threshold.Value switch
        {
            double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other?.ToString() ?? string.Empty,
        };
        return text.StartsWith('-') ? "−" + text[1..] : text;
    }
}
