using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Reports;

namespace SpineTriage.Tests.Reports;

public sealed class CdsHooksCardRendererTests
{
    private static JsonElement Cards(TriageReport report) =>
        JsonDocument.Parse(CdsHooksCardRenderer.Render(report)).RootElement.GetProperty("cards");

    [Fact]
    public void A_red_flag_card_comes_first_and_is_critical()
    {
        var first = Cards(SampleReports.Mixed())[0];

        Assert.Equal("critical", first.GetProperty("indicator").GetString());
        Assert.StartsWith("Red flag:", first.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("RedFlag_CaudaEquina", first.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_one_card_per_red_flag_and_per_assessment()
    {
        Assert.Equal(4, Cards(SampleReports.Mixed()).GetArrayLength());
    }

    [Theory]
    [InlineData("Urgent", "critical")]
    [InlineData("NotIndicated", "warning")]
    [InlineData("OptimizeFirst", "warning")]
    [InlineData("Appropriate", "info")]
    [InlineData("AlternativesFirst", "info")]
    [InlineData("Incomplete", "info")]
    [InlineData("Candidate", "info")]
    public void Verdicts_map_to_indicators(string verdict, string indicator)
    {
        Assert.Equal(indicator, Cards(SampleReports.WithVerdict(verdict))[0].GetProperty("indicator").GetString());
    }

    [Fact]
    public void Cards_have_the_required_fields_and_detail_names_rules_and_sources()
    {
        foreach (var card in Cards(SampleReports.Mixed()).EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(card.GetProperty("source").GetProperty("label").GetString()));
            Assert.Contains(TriageReport.DefaultDisclaimer, card.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var fusion = Cards(SampleReports.Mixed())[1];
        Assert.Contains("`OptimizeFirst_NicotineExposure`; source: eviCore CMM-609", fusion.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("fusion", fusion.GetProperty("source").GetProperty("topic").GetProperty("code").GetString());
    }

    [Fact]
    public void Long_summaries_are_cut_below_140_characters_with_an_ellipsis()
    {
        var summary = Cards(SampleReports.WithVerdict("Appropriate", new string('x', 300)))[0].GetProperty("summary").GetString()!;

        Assert.True(summary.Length < 140);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_summaries_are_cut_at_a_word_boundary()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}"));

        var summary = CdsHooksCardRenderer.Summarize("Intro: " + words);

        Assert.True(summary.Length <= CdsHooksCardRenderer.MaxSummaryLength);
        var lastWord = summary[..^1].Split(' ')[^1];
        Assert.Matches("^word[0-9]+$", lastWord);
        Assert.Contains(" " + lastWord + " ", "Intro: " + words + " ", StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_source_is_the_first_citation_of_its_leading_reason()
    {
        var citation = new Citation("acr-lbp-2021", "ACR Appropriateness Criteria: Low Back Pain (2021)", "ACR. Low Back Pain. 2021. doi:10.1016/j.jacr.2021.08.002", "https://doi.org/10.1016/j.jacr.2021.08.002");
        var report = SampleReports.WithVerdict("NotIndicated");
        var assessment = report.Assessments[0];
        report = report with { Assessments = [assessment with { Reasons = [assessment.Reasons[0] with { Citations = [citation] }] }] };

        var source = Cards(report)[0].GetProperty("source");

        Assert.Equal(citation.Label, source.GetProperty("label").GetString());
        Assert.Equal(citation.Url, source.GetProperty("url").GetString());
        Assert.Equal("fusion", source.GetProperty("topic").GetProperty("code").GetString());
    }

    [Fact]
    public void A_biologic_candidate_card_of_the_default_pack_says_investigational_in_its_summary()
    {
        var report = Triage.TestCases.DefaultEngine.Evaluate(Triage.TestCases.Seed("annular-tear-after-structured-care"));

        var card = Cards(report).EnumerateArray().Single(c => c.GetProperty("source").GetProperty("topic").GetProperty("code").GetString() == "biologic");

        Assert.Equal("Candidate", report.Find("biologic")!.Verdict);
        Assert.Contains("investigational", card.GetProperty("summary").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("https://clinicaltrials.gov/study/NCT01011816", card.GetProperty("source").GetProperty("url").GetString());
    }

    [ReplayableProperty(quick: 300, deep: 300)]
    public Property Summaries_never_split_a_surrogate_pair_and_stay_short()
    {
        var text = ArbMap.Default.ArbFor<string>().Filter(s => s is not null);

        return Prop.ForAll(text, s =>
        {
            var summary = CdsHooksCardRenderer.Summarize(s + "😀" + s);
            return summary.Length <= CdsHooksCardRenderer.MaxSummaryLength && !char.IsHighSurrogate(summary[^1]);
        });
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        Assert.Equal(CdsHooksCardRenderer.Render(SampleReports.Mixed()), CdsHooksCardRenderer.Render(SampleReports.Mixed()));
    }
}
