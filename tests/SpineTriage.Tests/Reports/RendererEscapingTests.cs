using System.Text.Json;
using SpineTriage.Hostile;
using SpineTriage.Reports;

namespace SpineTriage.Tests.Reports;

// Issue 12, item 7: text from rules and cases cannot act as markup, HTML, links or terminal controls in any renderer.
public sealed class RendererEscapingTests
{
    public static TheoryData<string> Texts => [.. HostileRuleFiles.MarkupAndControlTexts];

    private static TriageReport Report(string text) => new()
    {
        RuleSetHash = "sha256:0",
        RedFlags = [new RuleFinding("RedFlag_" + text, text, text, text)],
        Assessments =
        [
            new AssessmentResult
            {
                Assessment = "fusion", Title = "Fusion " + text, Verdict = "OptimizeFirst",
                Reasons = [new RuleFinding("R`" + text, text, text, text)],
                Warnings = [new RuleFinding("W", text, text, text)],
                Notes = [new RuleFinding("N", text, text, text)],
                NextSteps = [text],
            },
        ],
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Markdown_escapes_markup_html_links_and_controls(string text)
    {
        var markdown = MarkdownReportRenderer.Render(Report(text));

        AssertInert(markdown);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Cds_hooks_summary_is_plain_and_detail_is_escaped_markdown(string text)
    {
        using var cards = JsonDocument.Parse(CdsHooksCardRenderer.Render(Report(text)));

        foreach (var card in cards.RootElement.GetProperty("cards").EnumerateArray())
        {
            var summary = card.GetProperty("summary").GetString()!;
            Assert.DoesNotContain(summary, c => Rules.SafeText.IsUnsafe(c));
            AssertInert(card.GetProperty("detail").GetString()!);
        }
    }

    [Fact]
    public void A_code_span_cannot_be_closed_by_a_backtick_in_a_rule_name()
    {
        var markdown = MarkdownReportRenderer.Render(Report("x"));

        Assert.Contains("`` R`x ``", markdown, StringComparison.Ordinal);
    }

    /// <summary>No control character anywhere; outside code spans (whose content Markdown shows literally), no unescaped tag, link or heading.</summary>
    private static void AssertInert(string markdown)
    {
        Assert.DoesNotContain(markdown, c => c is '\u001b' or '\u0007' or '\u202E');
        markdown = System.Text.RegularExpressions.Regex.Replace(markdown, "(`+) .*? \\1|`[^`]*`", "code");
        Assert.DoesNotMatch(@"(?<!\\)<script", markdown);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript:", markdown);
        Assert.DoesNotContain("\n# Injected", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n## Injected", markdown, StringComparison.Ordinal);
    }
}
