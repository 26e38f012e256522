using System.Text;

namespace SpineTriage.Rules;

/// <summary>
/// A condition in plain language: a sentence, and for <c>and</c>/<c>or</c>/<c>not</c> and collection tests over
/// several conditions, the parts it combines (shown as nested bullets).
/// </summary>
/// <param name="Text">The sentence, such as <c>order amount is greater than 100</c> or <c>all of the following</c>.</param>
/// <param name="Parts">The combined conditions; empty for a simple sentence.</param>
public sealed record PlainLanguageCondition(string Text, IReadOnlyList<PlainLanguageCondition> Parts)
{
    /// <summary>Formats the condition as Markdown bullets, nested parts indented by two spaces per level.</summary>
    /// <param name="indent">The nesting level of the first bullet.</param>
    /// <returns>One line per bullet, each ending with a line feed.</returns>
    public string ToMarkdownBullets(int indent = 0)
    {
        var text = new StringBuilder();
        Append(text, indent);
        return text.ToString();
    }

    /// <summary>Formats the condition on one line, nested parts in brackets.</summary>
    /// <returns>The condition as one sentence.</returns>
    public override string ToString() =>
        Parts.Count == 0 ? Text : $"{Text} [{string.Join("; ", Parts.Select(p => p.ToString()))}]";

    private void Append(StringBuilder text, int indent)
    {
        text.Append(' ', indent * 2).Append("- ").Append(SafeText.Markdown(Text)).Append(Parts.Count > 0 ? ":" : string.Empty).Append('\n');
        foreach (var part in Parts)
        {
            part.Append(text, indent + 1);
        }
    }
}
